package org.sitrep.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectParticiplesTest {
  private static final SubjectParticiples RULE = SubjectParticiples.load();

  private static int[] commas(String words, String tags) {
    return RULE.commasBefore(List.of(words.split(" ")), tags.split(" "));
  }

  @Test
  void aParticiplePhraseBetweenSubjectAndVerbIsBracketed() {
    assertThat(commas("Gunmen armed with rifles killed 17 people .", "NNS VBN IN NNS VBD CD NNS ."))
        .containsExactly(1, 4);
    assertThat(commas("Men riding motorcycles opened fire .", "NNS VBG NNS VBD NN ."))
        .containsExactly(1, 3);
  }

  @Test
  void alreadyBracketedPassiveOrVerblessPhrasesAreLeftAlone() {
    assertThat(commas("Gunmen , armed with rifles , killed 17 people .", "NNS , VBN IN NNS , VBD CD NNS .")).isEmpty();
    assertThat(commas("Police arrested men armed with knives .", "NNS VBD NNS VBN IN NNS .")).isEmpty();
    assertThat(commas("Troops backed by tanks were seen .", "NNS VBN IN NNS VBD VBN .")).containsExactly(1, 4);
    assertThat(commas("The village armed itself .", "DT NN VBD PRP .")).isEmpty();
    assertThat(commas("Police suspected the gunmen killed 17 people .", "NNS VBD DT NNS VBD CD NNS .")).isEmpty();
    assertThat(commas("Officials believed militants were behind it .", "NNS VBD NNS VBD IN PRP .")).isEmpty();
  }
}
