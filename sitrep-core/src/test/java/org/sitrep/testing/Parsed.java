package org.sitrep.testing;

import java.util.List;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

/** Parses test sentences with the real CoreNLP adapter, loaded once per test JVM. */
public final class Parsed {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

  private Parsed() {}

  public static CoreNlpAnnotator annotator() {
    return ANNOTATOR;
  }

  public static Sentence sentence(String text) {
    List<Sentence> s = ANNOTATOR.parse(text, ANNOTATOR.split(text, new CharSpan(0, text.length())));
    return s.get(0);
  }

  public static ClauseStructure tree(String text) {
    return new ClauseStructure(sentence(text));
  }

  public static int token(Sentence s, String word) {
    for (var t : s.tokens()) {
      if (t.text().equals(word)) {
        return t.index();
      }
    }
    throw new IllegalArgumentException("no token '" + word + "'");
  }
}
