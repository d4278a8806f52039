package org.sitrep.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.text.Document;
import org.sitrep.text.Segment;

class RoundupSegmenterTest {
  private final RoundupSegmenter segmenter = RoundupSegmenter.createDefault();

  private static final String ROUNDUP = String.join("\n",
      "Shelling Resumes Around Kharkiv as Talks Stall",
      "",
      "",
      "LATEST",
      "",
      "",
      "Artillery fire struck two villages north of the city on Monday, local officials said.",
      "",
      "The governor said three people were wounded.",
      "",
      "See Daily Brief, March 3: Drone Attacks on Ports",
      "",
      "TOP PHOTO: Staff photographer/Agency",
      "",
      "",
      "Aid Convoy Reaches Besieged Town",
      "",
      "A 20-truck convoy entered the town on Tuesday, the Red Cross said.");

  @Test
  void splitsARoundupAtHeadlinesAndDropsBoilerplate() {
    List<Segment> segments = segmenter.segment(Document.of("r", LocalDate.of(2023, 3, 7), ROUNDUP));
    assertThat(segments).hasSize(2);
    Segment first = segments.get(0);
    assertThat(first.headline().of(ROUNDUP)).isEqualTo("Shelling Resumes Around Kharkiv as Talks Stall");
    assertThat(first.paragraphs()).extracting(p -> p.of(ROUNDUP)).containsExactly(
        "Artillery fire struck two villages north of the city on Monday, local officials said.",
        "The governor said three people were wounded.");
    assertThat(segments.get(1).headline().of(ROUNDUP)).isEqualTo("Aid Convoy Reaches Besieged Town");
    assertThat(segments.get(1).paragraphs()).hasSize(1);
  }

  @Test
  void aPlainStoryIsOneSegmentEvenWithoutClosingPunctuation() {
    String text = "Gunmen attacked a checkpoint near the town, killing four soldiers";
    List<Segment> segments = segmenter.segment(Document.of("w", null, text));
    assertThat(segments).singleElement().satisfies(s -> {
      assertThat(s.headline()).isNull();
      assertThat(s.paragraphs().get(0).of(text)).isEqualTo(text);
    });
  }

  @Test
  void emptyAndBlankDocumentsGiveNoSegments() {
    assertThat(segmenter.segment(Document.of("e", null, ""))).isEmpty();
    assertThat(segmenter.segment(Document.of("b", null, " \n\n \t\n"))).isEmpty();
  }

  @Test
  void headlineRecognitionLooksAtClosingPunctuationAndLength() {
    assertThat(RoundupSegmenter.isHeadline("Russia: We Killed Two More Commanders")).isTrue();
    assertThat(RoundupSegmenter.isHeadline("The army said it had retaken the town.")).isFalse();
    assertThat(RoundupSegmenter.isHeadline("the blaze in which 30 people were killed:")).isFalse();
    assertThat(RoundupSegmenter.isHeadline("Rebels “Will Not Retreat”")).isTrue();
  }
}
