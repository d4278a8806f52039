package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/**
 * Where an event goes when its own sentence names no place below country level, end to end
 * through the default pipeline on wire-style stories the team wrote (invented events).
 */
class EventPlaceFallbackTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 14);
  private static SitrepPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SitrepPipeline.createDefault();
  }

  private static EventRecord deadliest(String text) {
    List<EventRecord> events = pipeline.extract(Document.of("story", PUBLISHED, text));
    return events.stream()
        .max(Comparator.comparingInt(e -> e.fatalities() == null ? -1 : e.fatalities()))
        .orElseThrow();
  }

  @Test
  void anEventPlacedNowhereTakesTheTownItsStoryKeepsNamingNotTheMostNamedCountry() {
    EventRecord e = deadliest("Militants storm town on Turkish border. "
        + "At least 31 militants and nine Kurdish fighters were killed, the monitoring group said. "
        + "The militants attacked Jarabulus on Syria's border before dawn on Sunday. "
        + "Turkey said it had closed its side of the frontier and Turkey denied that any fighters crossed from Turkey. "
        + "Kurdish forces captured Jarabulus from the militants two years ago.");
    assertThat(e.fatalities()).isEqualTo(40);
    assertThat(e.location().country()).isEqualTo("SY");
    assertThat(e.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void anAttackPlacedInACountryTakesTheTownTheStoryNamesThereOverAPlaceAbroad() {
    EventRecord e = deadliest("Officials in Washington said on Sunday that a chemical attack in Syria killed 58 people. "
        + "The White House said in Washington that the attack could not go unanswered. "
        + "At least 58 people died in the town of Saraqib, rescuers said.");
    assertThat(e.fatalities()).isEqualTo(58);
    assertThat(e.location().country()).isEqualTo("SY");
    assertThat(e.location().admin1()).isEqualTo("Idlib");
  }

  @Test
  void anInstallationToldByItsKindTakesThePlaceTheStoryGivesTheSameKindOfInstallation() {
    EventRecord e = deadliest("Islamic State fighters killed 60 soldiers and guards when they captured a gas field "
        + "on Thursday, a monitoring group said. "
        + "The Jazal gas field near Palmyra supplies the power stations of the west. "
        + "Government forces shelled Douma on Friday, wounding three people.");
    assertThat(e.fatalities()).isEqualTo(60);
    assertThat(e.location().admin1()).isEqualTo("Homs");
  }

  @Test
  void aCountryThatCarriesOutTheStrikesIsWhoActsNotWhere() {
    EventRecord e = deadliest("Air strikes hit the town of Saraqib on Tuesday, wounding 12 people, rescuers said. "
        + "The monitor said \"jets either Russia or Syrian carried out four strikes\" on a market, killing at least "
        + "19 civilians.");
    assertThat(e.fatalities()).isEqualTo(19);
    assertThat(e.location().country()).isEqualTo("SY");
  }

  @Test
  void neitherWhereVictimsWereGoingNorATheatreOfWarPlacesAnEventTheStoryPlacedBefore() {
    List<EventRecord> events = pipeline.extract(Document.of("story", PUBLISHED,
        "Suicide blast kills fighters near border. "
        + "A suicide bomber blew himself up among fighters late on Sunday, a monitor said. "
        + "The blast struck the Bab al-Hawa crossing in Idlib province, the monitor said. "
        + "The attack killed 21 fighters as they were entering Turkey, the monitor said. "
        + "The group said the attack left 40 fighters dead, accusing them of working for the coalition "
        + "fighting it in Iraq and Syria."));
    assertThat(events).filteredOn(e -> e.fatalities() != null && e.fatalities() > 0).isNotEmpty()
        .allSatisfy(e -> assertThat(e.location().admin1()).isEqualTo("Idlib"));
  }
}
