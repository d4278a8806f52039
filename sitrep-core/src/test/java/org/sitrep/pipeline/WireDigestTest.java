package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventRecord;
import org.sitrep.text.CharSpan;
import org.sitrep.text.Document;

/**
 * Wire stories from several conflicts through the default pipeline: a digest whose paragraphs
 * each open with their own dateline, and places named as the other side of a border. Texts written
 * for this test (invented events).
 */
class WireDigestTest {
  private static final String DIGEST =
      "GOMA, Congo, July 1 (Wire) - Rebels seized the hill town of Kanyabusoro on Tuesday after heavy "
          + "fighting with the army, local officials said.\n\n"
          + "KHARTOUM, July 1 (Wire) - Paramilitary fighters stormed a village in Gezira state on Sunday, "
          + "killing at least 40 civilians, a local rights group said.\n\n"
          + "BAMAKO, July 1 (Wire) - Gunmen killed 17 villagers near the town of Boni in the Mopti region "
          + "on Thursday, the army said.\n";
  private static SitrepPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SitrepPipeline.createDefault();
  }

  @Test
  void everyParagraphDatelineIsCutAndLocatesAndDatesNothing() {
    List<CharSpan> paragraphs = List.of(new CharSpan(0, 140), new CharSpan(142, 292), new CharSpan(294, DIGEST.length()));
    List<CharSpan> datelines = paragraphs.stream().map(p -> WireDatelines.opening(DIGEST, p)).toList();
    assertThat(datelines).extracting(d -> d.of(DIGEST))
        .containsExactly("GOMA, Congo, July 1 (Wire) - ", "KHARTOUM, July 1 (Wire) - ", "BAMAKO, July 1 (Wire) - ");

    List<EventRecord> events = pipeline.extract(Document.of("digest", LocalDate.of(2026, 7, 3), DIGEST));
    assertThat(events).isNotEmpty();
    assertThat(events).noneMatch(e -> "2026-07-01".equals(e.date().start()));
    assertThat(events).noneMatch(e -> e.location().name() != null
        && List.of("Goma", "Khartoum", "Bamako").contains(e.location().name()));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(40);
      assertThat(e.location().country()).isEqualTo("SD");
      assertThat(e.location().name()).isEqualTo("Al Jazirah");
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(17);
      assertThat(e.location().country()).isEqualTo("ML");
    });
  }

  @Test
  void aDigestStoryPlacedNowhereFallsBackOnItsOwnDatelineCountry() {
    List<EventRecord> events = pipeline.extract(Document.of("digest", LocalDate.of(2026, 7, 3), DIGEST));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.date().start()).isEqualTo("2026-06-30"); // "on Tuesday", not the dateline's July 1
      assertThat(e.location().country()).isEqualTo("CD");
    });
  }

  @Test
  void theOtherSideOfABorderIsNotWhereTheEventHappened() {
    String named = "GOMA, Congo, July 2 (Wire) - Rebels attacked an army post in Beni near the border with "
        + "Uganda on Monday, killing five soldiers, the army said.";
    assertThat(pipeline.extract(Document.of("border", LocalDate.of(2026, 7, 3), named))).anySatisfy(e -> {
      assertThat(e.location().name()).isEqualTo("Beni");
      assertThat(e.location().country()).isEqualTo("CD");
    });
    String unnamed = "GOMA, Congo, July 2 (Wire) - Rebels attacked an army post on the border with Uganda on "
        + "Monday, killing five soldiers, the Congolese army said.";
    assertThat(pipeline.extract(Document.of("border", LocalDate.of(2026, 7, 3), unnamed)))
        .anySatisfy(e -> assertThat(e.location().country()).isEqualTo("CD"));
  }
}
