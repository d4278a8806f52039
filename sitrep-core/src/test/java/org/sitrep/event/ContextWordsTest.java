package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.event.ContextWords.Kind;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

class ContextWordsTest {
  private static final ContextWords WORDS = ContextWords.load();

  private static Token token(String text, String lemma) {
    return new Token(0, new CharSpan(0, text.length()), text, lemma == null ? null : "NNS", lemma);
  }

  @Test
  void beforeParsingInflectedFormsMatchByStem() {
    assertThat(WORDS.is(token("pistols", null), Kind.WEAPON)).isTrue();
    assertThat(WORDS.is(token("villages", null), Kind.TERRITORY)).isTrue();
    assertThat(WORDS.is(token("pistol", null), Kind.WEAPON)).isTrue();
  }

  @Test
  void afterParsingTheLemmaDecides() {
    assertThat(WORDS.is(token("pistols", "pistol"), Kind.WEAPON)).isTrue();
    assertThat(WORDS.is(token("Pistolas", "pistolas"), Kind.WEAPON)).isFalse();
  }
}
