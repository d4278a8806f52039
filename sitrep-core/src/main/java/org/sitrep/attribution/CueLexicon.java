package org.sitrep.attribution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.lexicon.PhraseLexicon;
import org.sitrep.lexicon.Resources;
import org.sitrep.nlp.Token;

/**
 * A list of cue phrases (doubt, hedges, partisan sources) read from a data file of this package;
 * an optional second column gives each phrase's class (e.g. "deny" or "doubt").
 * Immutable and thread-safe.
 */
public final class CueLexicon {
  private final PhraseLexicon<String> phrases;
  private final java.util.Set<String> singleWords;

  private CueLexicon(Map<String, String> entries) {
    this.phrases = new PhraseLexicon<>(entries);
    this.singleWords = java.util.Set.copyOf(entries.keySet());
  }

  /** Whether {@code word} (lower case) is itself one of the cue phrases. */
  public boolean contains(String word) {
    return singleWords.contains(word);
  }

  public static CueLexicon load(String resource) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Resources.lines(CueLexicon.class, resource)) {
      String[] cols = line.split("\t");
      m.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : cols[0].strip());
    }
    return new CueLexicon(m);
  }

  public static CueLexicon doubts() {
    return load("doubt-cues.txt");
  }

  public static CueLexicon hedges() {
    return load("hedge-cues.txt");
  }

  public List<PhraseLexicon.Match<String>> find(List<Token> tokens, int from, int to) {
    return phrases.find(tokens, from, to);
  }

  public boolean any(List<Token> tokens, int from, int to) {
    return !find(tokens, from, to).isEmpty();
  }
}
