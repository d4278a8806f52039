package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The contract every actor recognizer's output must meet, checked after each call in tests. */
final class ActorRecognizerContract {
  private ActorRecognizerContract() {}

  static void check(String text, List<ActorMention> mentions) {
    int lastEnd = 0;
    for (ActorMention m : mentions) {
      assertThat(m.span().start()).as("document order, no overlap: %s", m).isGreaterThanOrEqualTo(lastEnd);
      assertThat(m.span().end()).as("inside the text: %s", m).isLessThanOrEqualTo(text.length());
      assertThat(m.span().length()).as("non-empty: %s", m).isPositive();
      assertThat(m.span().of(text)).as("text equals the substring").isEqualTo(m.text());
      assertThat(m.actor()).isNotNull();
      lastEnd = m.span().end();
    }
  }
}
