package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.text.CharSpan;

class WireDatelinesTest {
  @Test
  void anOpeningDatelineEndsWhereTheStoryBegins() {
    assertThat(WireDatelines.end("SANAA, March 9 (Gulf Desk) - Coalition jets struck Marib.", 0))
        .isEqualTo("SANAA, March 9 (Gulf Desk) - ".length());
    assertThat(WireDatelines.end("KABUL (Wire Desk) - A bomb hit a bus in Herat.", 0))
        .isEqualTo("KABUL (Wire Desk) - ".length());
    assertThat(WireDatelines.end("Sanaa, the capital, was quiet - for once.", 0)).isZero();
    assertThat(WireDatelines.end("No dateline here.", 0)).isZero();
    assertThat(WireDatelines.end("Kabul (the capital) was quiet.", 0)).isZero();
  }

  @Test
  void aParagraphOpeningDatelineIsASpanOfThatParagraph() {
    String text = "Intro line.\n\nGOMA, Congo, July 1 (Wire) - Shelling hit Sake.";
    assertThat(WireDatelines.opening(text, new CharSpan(0, 11))).isNull();
    CharSpan d = WireDatelines.opening(text, new CharSpan(13, text.length()));
    assertThat(d.of(text)).isEqualTo("GOMA, Congo, July 1 (Wire) - ");
  }

  @Test
  void agencyDatelinesAreFoundAnywhereButNeedTwoCapitalsAndBrackets() {
    String page = "Related: Strikes resume\nMOSCOW (Sputnik) - Talks opened. Kabul (the capital) was calm.";
    assertThat(WireDatelines.agencyDatelines(page)).extracting(d -> d.of(page)).containsExactly("MOSCOW (Sputnik)");
  }
}
