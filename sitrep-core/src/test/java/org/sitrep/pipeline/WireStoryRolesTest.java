package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/**
 * Who did it and who says so in wire stories from outside Syria, end to end through the default
 * pipeline, on sentences the team wrote.
 */
class WireStoryRolesTest {
  private static final LocalDate SATURDAY = LocalDate.of(2022, 5, 7);
  private static SitrepPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SitrepPipeline.createDefault();
  }

  private static List<EventRecord> extract(String text) {
    return pipeline.extract(Document.of("wire", SATURDAY, text));
  }

  @Test
  void aDatelineRunIntoTheFirstSentenceIsNotItsSubject() {
    List<EventRecord> events = extract("NIAMEY, May 7 (Wire) - Gunmen attacked a gendarmerie post near "
        + "Tillaberi on Friday, killing nine gendarmes and two civilians, police said.");
    assertThat(events).hasSize(1);
    EventRecord e = events.get(0);
    assertThat(e.attribution()).anySatisfy(a -> assertThat(a.source()).isEqualTo("Police forces"));
    assertThat(e.evidence().get(0).text()).startsWith("Gunmen attacked");
    assertThat(e.date().start()).isEqualTo("2022-05-06");
  }

  @Test
  void distinctKindsOfVictimInOneSentenceAddUp() {
    EventRecord e = extract("Gunmen attacked a gendarmerie post near Tillaberi on Friday, killing nine "
        + "gendarmes and two civilians.").get(0);
    assertThat(e.fatalities()).isEqualTo(11);
    EventRecord total = extract("Gunmen attacked a market near Tillaberi on Friday, killing 20 people, "
        + "including 12 civilians.").get(0);
    assertThat(total.fatalities()).isEqualTo(20);
  }

  @Test
  void fightersOfNoKnownSideAddToTheCiviliansKilledBesideThem() {
    EventRecord e = extract("A car bomb exploded at a checkpoint near Tillaberi on Friday, killing four "
        + "civilians and three militiamen.").get(0);
    assertThat(e.fatalities()).isEqualTo(7);
    EventRecord militants = extract("An air strike hit a camp near Tillaberi on Friday, killing two "
        + "civilians and 15 militants.").get(0);
    assertThat(militants.fatalities()).isEqualTo(17);
  }

  @Test
  void policeTellingOfABombingAreNotItsAuthors() {
    List<EventRecord> events = extract("A car bomb exploded at a checkpoint in Mogadishu on Friday, killing "
        + "eight people, police said.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.actor1()).isNull();
      assertThat(e.fatalities()).isEqualTo(8);
    });
  }

  @Test
  void aClaimOfResponsibilityNamesTheAuthor() {
    List<EventRecord> events = extract("A car bomb exploded at a checkpoint in Mogadishu on Friday, killing "
        + "eight people, police said. Al Shabaab claimed responsibility for the attack.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.actor1().name()).isEqualTo("al-Shabaab");
      assertThat(e.status()).isEqualTo("claimed");
      assertThat(e.evidence()).hasSize(2);
    });
  }

  @Test
  void aPassiveClaimIsSpokenByItsAgentAndReplacesAGenericAuthor() {
    List<EventRecord> events = extract("Suspected jihadists attacked an army convoy near Gao on Friday, "
        + "killing four soldiers. The attack was claimed by Islamic State.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.actor1().name()).isEqualTo("Islamic State");
      assertThat(e.attribution()).anySatisfy(a -> {
        assertThat(a.source()).isEqualTo("Islamic State");
        assertThat(a.verb()).isEqualTo("claimed");
      });
    });
  }

  @Test
  void blamingAnotherPartyDoesNotMakeTheAccuserTheAuthor() {
    List<EventRecord> events = extract("A bomb killed four people in a market in Maiduguri on Friday. "
        + "The army claimed Boko Haram was behind the attack.");
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      if (e.actor1() != null) {
        assertThat(e.actor1().kind()).isNotEqualTo("state_forces");
      }
    });
  }

  @Test
  void aCrowdThatTriggersItsEventIsItsActorOrItsTarget() {
    EventRecord riot = extract("Protesters burned tyres in Conakry on Thursday.").get(0);
    assertThat(riot.actor1().name()).isEqualTo("Protesters");
    EventRecord dispersed = extract("Police fired tear gas at protesters in Conakry on Thursday.").get(0);
    assertThat(dispersed.actor1().name()).isEqualTo("Police forces");
    assertThat(dispersed.actor2().name()).isEqualTo("Protesters");
  }

  @Test
  void aRiotIsTheCrowdsActEvenWhenThePoliceClauseTypedIt() {
    EventRecord e = extract("Protesters set fire to tyres and blocked roads in Conakry on Thursday; police "
        + "fired tear gas to disperse them.").get(0);
    assertThat(e.subtype()).isEqualTo("Violent demonstration");
    assertThat(e.actor1().name()).isEqualTo("Protesters");
    assertThat(e.actor2().name()).isEqualTo("Police forces");
  }

  @Test
  void aCoordinatedClauseDatesTheScene() {
    EventRecord e = extract("Protesters set fire to tyres and blocked roads in Conakry on Thursday; police "
        + "fired tear gas to disperse them.").get(0);
    assertThat(e.type()).isIn("Protests", "Riots");
    assertThat(e.date().start()).isEqualTo("2022-05-05");
  }

  @Test
  void aClosingSpeakerTheParserHungOnTheVictimsStillSpeaks() {
    EventRecord e = extract("Government troops shelled a village on Friday, killing seven people, a local "
        + "rebel group said.").get(0);
    assertThat(e.attribution()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("Rebels"));
    assertThat(e.status()).isEqualTo("claimed");
  }

  @Test
  void itsTroopsAreTheSpeakersForces() {
    EventRecord e = extract("Russia's defence ministry said its troops had captured the village of "
        + "Krasnohorivka in the Donetsk region.").get(0);
    assertThat(e.actor1().name()).isEqualTo("Russian military");
    assertThat(e.status()).isEqualTo("claimed");
  }

  @Test
  void aDeathToldInTheNextSentenceJoinsTheEvent() {
    List<EventRecord> events = extract("Gunmen kidnapped 19 pupils from a school in Kagara on Wednesday, police "
        + "said. One pupil was killed.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo("Abduction/forced disappearance");
      assertThat(e.fatalities()).isEqualTo(1);
      assertThat(e.counts().killed()).extracting(c -> c.actor()).containsExactly("Civilians");
    });
  }
}
