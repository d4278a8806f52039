package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.text.CharSpan;

class CoreNlpAnnotatorTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

  @Test
  void splitsWithOffsetsIntoTheOriginalText() {
    String text = "Intro.\n\nRebels shelled “the town” on Monday. Two people were killed.";
    CharSpan region = new CharSpan(8, text.length());
    List<Sentence> s = ANNOTATOR.split(text, region);
    assertThat(s).hasSize(2);
    for (Sentence sentence : s) {
      for (Token t : sentence.tokens()) {
        assertThat(t.span().of(text)).isEqualTo(t.text());
      }
    }
    assertThat(s.get(0).text(text)).isEqualTo("Rebels shelled “the town” on Monday.");
  }

  @Test
  void unreadableCharactersAreDroppedAndOffsetsStayExact() {
    String text = "Shelling hit Dar\uFFFDa on Monday \uFFFD killing two.";
    Sentence s = ANNOTATOR.split(text, new CharSpan(0, text.length())).get(0);
    for (Token t : s.tokens()) {
      assertThat(t.span().of(text)).isEqualTo(t.text()).doesNotContain("\uFFFD");
    }
    assertThat(s.tokens()).extracting(Token::text).contains("Shelling", "Monday", "killing", "two");
  }

  @Test
  void parseFindsTheSubjectOfTheVerb() {
    String text = "Rebels shelled the town.";
    List<Sentence> parsed = ANNOTATOR.parse(text, ANNOTATOR.split(text, new CharSpan(0, text.length())));
    Sentence s = parsed.get(0);
    assertThat(s.parsed()).isTrue();
    assertThat(s.tokens().get(1).lemma()).isEqualTo("shell");
    assertThat(s.dependencies()).contains(new Dependency(1, 0, "nsubj"));
  }
}
