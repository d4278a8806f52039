package org.sitrep.testing;

import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;

class DebugParseTest {
  @Test
  void print() {
    for (String text : System.getProperty("dbg.text", "").split("\\|")) {
      if (text.isBlank()) continue;
      Sentence s = Parsed.sentence(text);
      for (var t : s.tokens()) {
        var h = s.head(t.index());
        System.out.println(t.index() + "\t" + t.text() + "\t" + t.pos() + "\t" + t.lemma() + "\t" + h.map(d -> d.governor() + ":" + d.relation()).orElse("-"));
      }
      System.out.println();
    }
  }
}
