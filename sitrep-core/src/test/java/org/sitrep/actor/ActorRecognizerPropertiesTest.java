package org.sitrep.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ActorRecognizerPropertiesTest {
  private static final List<String> WORDS = List.of("the", "The", "Moscow", "said", "near", "Damascus", "'s",
      "Ministry", "group", "Forces", "Syrian", "army", "Brigade", "al-Ommah", "Jaish", "IS", "is", "rebels",
      "Russian", "-", "and", ",", ".", "faction", "of", "Liwa", "Kremlin", "UN", "U.N.", "“", "”", "’s", "Front");

  @Provide
  Arbitrary<String> reportish() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().ofMaxLength(8));
    return word.list().ofMaxSize(40).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 200)
  void anyTextGivesWellFormedMentions(@ForAll("reportish") String text) {
    List<ActorMention> m = LexiconActorRecognizerTest.recognize(text);
    ActorRecognizerContract.check(text, m);
    assertThat(LexiconActorRecognizerTest.recognize(text)).isEqualTo(m);
  }

  @Property(tries = 100)
  void arbitraryUnicodeDoesNotThrow(@ForAll String text) {
    ActorRecognizerContract.check(text, LexiconActorRecognizerTest.recognize(text));
  }
}
