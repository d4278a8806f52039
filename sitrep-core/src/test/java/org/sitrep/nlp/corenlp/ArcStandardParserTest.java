package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/** The own decoder over CoreNLP's dependency model: well-formed trees and the relations roles rely on. */
class ArcStandardParserTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

  private static Sentence parse(String text) {
    return ANNOTATOR.parse(text, ANNOTATOR.split(text, new CharSpan(0, text.length()))).get(0);
  }

  private static String word(Sentence s, int i) {
    return i < 0 ? "ROOT" : s.tokens().get(i).text();
  }

  private static List<String> edges(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      out.add(d.relation() + "(" + word(s, d.governor()) + ", " + word(s, d.dependent()) + ")");
    }
    return out;
  }

  @Test
  void passiveSubjectAndAgent() {
    Sentence s = parse("Three soldiers were killed by a roadside bomb near the border on Sunday.");
    assertThat(edges(s)).contains("root(ROOT, killed)", "nsubj:pass(killed, soldiers)", "nummod(soldiers, Three)",
        "aux:pass(killed, were)", "obl(killed, bomb)", "case(bomb, by)");
  }

  @Test
  void reportedClauseHangsOffTheReportingVerb() {
    Sentence s = parse("The ministry said militants attacked a police post in the north.");
    assertThat(edges(s)).contains("root(ROOT, said)", "nsubj(said, ministry)", "ccomp(said, attacked)",
        "nsubj(attacked, militants)", "obj(attacked, post)");
  }

  @Test
  void aSubjectsParticiplePhraseWithoutCommasKeepsTheRealVerb() {
    Sentence s = parse("Gang members armed with automatic rifles killed at least 17 people in the town.");
    assertThat(edges(s)).contains("root(ROOT, killed)", "nsubj(killed, members)", "obj(killed, people)",
        "acl(members, armed)");
    assertThat(s.tokens()).extracting(Token::text).doesNotContain(",");
    Sentence t = parse("Fighters backed by Turkish drones captured three villages near the border.");
    assertThat(edges(t)).contains("root(ROOT, captured)", "nsubj(captured, Fighters)");
  }

  @Test
  void wellFormedOnReportSentences() {
    for (String text : new String[] {
        "Rebels shelled the town.",
        "Government forces, backed by Russian air strikes, took the village of Tal Rifaat after a week of fighting"
            + " that killed at least 40 people, according to a monitoring group.",
        "\"We did not attack anyone,\" the group said in a statement (issued late on Monday) - denying the claim.",
        "Killed."}) {
      assertWellFormed(text);
    }
  }

  private static final String[] WORDS = {"the", "militants", "Qzxv", "attacked", "a", "village", ",", "said", "on",
    "Monday", "(", ")", "\"", "killing", "12", "people", "and", "wounding", "dozens", "of", "civilians", ".", "-",
    "Al-Nusra", "'s", "not", "were", "by", "in", "north", "3,500", "who", "that", "may", "have", ";"};

  @Provide
  Arbitrary<String> wordSalad() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(60).map(l -> String.join(" ", l));
  }

  /** Whatever the input, the decoder ends with a tree: it never loops, drops or doubles a token. */
  @Property(tries = 60)
  void wellFormedOnAnyWords(@ForAll("wordSalad") String text) {
    assertWellFormed(text);
  }

  private static void assertWellFormed(String text) {
    for (Sentence s : ANNOTATOR.parse(text, ANNOTATOR.split(text, new CharSpan(0, text.length())))) {
      int n = s.tokens().size();
      int[] head = new int[n];
      int[] seen = new int[n];
      int roots = 0;
      for (Dependency d : s.dependencies()) {
        head[d.dependent()] = d.governor();
        seen[d.dependent()]++;
        if (d.governor() < 0) {
          roots++;
        }
      }
      assertThat(roots).as(text).isEqualTo(1);
      for (int i = 0; i < n; i++) {
        assertThat(seen[i]).as(text + ": token " + i).isEqualTo(1);
        int steps = 0;
        for (int k = i; k >= 0; k = head[k]) {
          assertThat(++steps).as(text + ": cycle through token " + i).isLessThanOrEqualTo(n);
        }
      }
      for (Token t : s.tokens()) {
        assertThat(t.pos()).isNotNull();
        assertThat(t.lemma()).isNotNull();
      }
    }
  }
}
