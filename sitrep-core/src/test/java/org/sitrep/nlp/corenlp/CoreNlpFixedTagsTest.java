package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/** The tagger keeps the tags of fixed-tags.tsv and fits the rest of the sentence around them. */
class CoreNlpFixedTagsTest {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

  private static Sentence parsed(String text) {
    return ANNOTATOR.parse(text, ANNOTATOR.split(text, new CharSpan(0, text.length()))).get(0);
  }

  private static List<Token> tagged(String text) {
    return parsed(text).tokens();
  }

  @Test
  void insurgentsAfterAGroupNameAreANounAndTheVerbIsActive() {
    Sentence s = parsed("Taliban insurgents attacked a checkpoint near Kunduz.");
    assertThat(s.tokens().get(1).pos()).isEqualTo("NNS");
    assertThat(s.tokens().get(2).pos()).isEqualTo("VBD");
    assertThat(s.dependencies()).anySatisfy(d -> {
      assertThat(d.relation()).isEqualTo("nsubj");
      assertThat(d.dependent()).isEqualTo(1);
    });
  }

  @Test
  void droneOpeningASentenceIsANoun() {
    assertThat(tagged("Drone strikes killed three fighters.").get(0).pos()).isEqualTo("NN");
  }
}
