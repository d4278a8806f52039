package org.sitrep.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.lexicon.Resources;
import org.sitrep.lexicon.Stems;
import org.sitrep.nlp.Token;

/**
 * The context-word classes of {@code context-words.tsv}. Before parsing, tokens carry no lemma,
 * so an inflected form ("pistols", "villages") is also looked up by its crude {@link Stems stem}:
 * that only decides which sentences are parsed; after parsing the lemma decides. Immutable and
 * thread-safe.
 */
public final class ContextWords {
  /** What a context word says about the event near it. */
  public enum Kind { AID, TERRITORY, CIVILIAN, COMBATANT, DISASTER, ONGOING, IRREALIS, CROWD, FORCEFUL, LETHAL, WEAPON, TOLL, SUBSET, TIME_FRAME }

  private final Map<String, Kind> words;
  private final Map<String, Kind> stems = new HashMap<>();

  public ContextWords(Map<String, Kind> words) {
    this.words = Map.copyOf(words);
    words.forEach((word, kind) -> stems.putIfAbsent(Stems.of(word), kind));
  }

  public static ContextWords load() {
    Map<String, Kind> m = new HashMap<>();
    for (String[] c : Resources.rows(ContextWords.class, "context-words.tsv", 2)) {
      if (c[0].startsWith("#")) {
        continue;
      }
      m.put(c[0], Kind.valueOf(c[1].toUpperCase(Locale.ROOT)));
    }
    return new ContextWords(m);
  }

  public boolean is(Token t, Kind kind) {
    return kind == words.get(t.base()) || kind == words.get(t.text().toLowerCase(Locale.ROOT))
        || (t.lemma() == null && kind == stems.get(Stems.of(t.text())));
  }

  public boolean any(List<Token> tokens, Kind kind) {
    for (Token t : tokens) {
      if (is(t, kind)) {
        return true;
      }
    }
    return false;
  }
}
