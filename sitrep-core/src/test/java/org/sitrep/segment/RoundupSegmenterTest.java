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

  @Test
  void eachTimeStampedEntryOfALiveBlogIsAnItem() {
    String text = "Kharkiv live: shelling and talks\n\nLIVE\n\n"
        + "14:05 Shelling hit a market in Kharkiv, the governor said.\n\n"
        + "13:40 GMT The ministry said talks would resume on Friday.\n\n"
        + "[12.15] Rescuers pulled two people from the rubble.";
    List<Segment> segments = segmenter.segment(Document.of("live", null, text));
    assertThat(segments).hasSize(3);
    assertThat(segments.get(1).paragraphs().get(0).of(text)).startsWith("13:40 GMT The ministry");
    assertThat(RoundupSegmenter.isTimestamped("12.5 million people have fled.")).isFalse();
    assertThat(RoundupSegmenter.isTimestamped("2017 Was a hard year.")).isFalse();
    assertThat(RoundupSegmenter.isTimestamped("0942 GMT Police said …")).isTrue();
  }

  @Test
  void oneTimeStampedParagraphIsNoLiveBlog() {
    String text = "Shelling resumed in the morning.\n\n10:30 Was when the first shell fell, residents said.";
    assertThat(segmenter.segment(Document.of("w", null, text))).hasSize(1);
  }
}
