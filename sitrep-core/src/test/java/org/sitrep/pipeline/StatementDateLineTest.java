package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/** A statement dated on a line of its own under its title, with no publication date given. */
class StatementDateLineTest {
  private static SitrepPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SitrepPipeline.createDefault();
  }

  @Test
  void aDateLineUnderTheTitleResolvesRelativeDates() {
    String text = "Statement by the Country Director on the attack on a clinic in Marib\n\n"
        + "Marib, 9 May 2022\n\n"
        + "Gunmen stormed a health clinic near Marib city yesterday, killing a nurse and wounding two "
        + "patients, local officials said.";
    List<EventRecord> events = pipeline.extract(Document.of("statement", null, text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.date().start()).isEqualTo("2022-05-08");
      assertThat(e.fatalities()).isEqualTo(1);
    });
  }

  @Test
  void aLongOpeningParagraphIsNoDateLine() {
    String text = "The clinic, which served some 20,000 people in the district, had been closed for repairs "
        + "until it reopened on 9 May 2022.\n\nGunmen stormed the clinic yesterday, killing a nurse.";
    List<EventRecord> events = pipeline.extract(Document.of("story", null, text));
    assertThat(events).allSatisfy(e -> assertThat(e.date().start()).isNull());
  }
}
