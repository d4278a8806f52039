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
 * ACLED sub-type rules end to end, on one-sentence reports the team wrote: the sub-type of the
 * first event (by evidence offset) of each.
 */
class SubtypeRulesTest {
  private static SitrepPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SitrepPipeline.createDefault();
  }

  private static String firstSubtype(String text) {
    List<EventRecord> events = pipeline.extract(Document.of("rule", LocalDate.of(2024, 3, 8), text));
    return events.stream()
        .min(Comparator.comparingInt(e -> e.evidence().get(0).start()))
        .map(EventRecord::subtype)
        .orElse("none");
  }

  @Test
  void riotPoliceNameAUnitNotARiot() {
    assertThat(firstSubtype("Riot police officers beat a student during a demonstration outside the education"
        + " ministry on Monday.")).isEqualTo("Excessive force against protesters");
  }

  @Test
  void demonstratorsBlockingRoadsRiot() {
    assertThat(firstSubtype("Hundreds of taxi drivers blocked the main highway into the capital on Tuesday to"
        + " protest a new fuel tax.")).isEqualTo("Violent demonstration");
    assertThat(firstSubtype("Thousands of teachers rallied in the capital on Wednesday to demand higher wages."))
        .isEqualTo("Peaceful protest");
  }

  @Test
  void anAttackOnADemonstrationIsMobViolenceOrIntervention() {
    assertThat(firstSubtype("A group of masked men attacked a peaceful rally by garment workers in the port city"
        + " on Friday, injuring six.")).isEqualTo("Mob violence");
    assertThat(firstSubtype("Police attacked a human chain formed by nurses outside the provincial hospital and"
        + " arrested four of them.")).isEqualTo("Protest with intervention");
  }

  @Test
  void groundLeftByTheOtherSideChangesHandsWithoutFighting() {
    assertThat(firstSubtype("Rebel fighters entered the village of Marwa on Sunday and took control of it after"
        + " government troops pulled out.")).isEqualTo("Non-violent transfer of territory");
    assertThat(firstSubtype("The handover of three border districts to government forces was completed on Sunday"
        + " under last month's deal.")).isEqualTo("Non-violent transfer of territory");
  }

  @Test
  void groundSoughtIsFoughtForNotTaken() {
    assertThat(firstSubtype("A rebel assault to capture the army's positions near the airport was repelled on"
        + " Thursday, the military said.")).isEqualTo("Armed clash");
    assertThat(firstSubtype("Government forces recaptured the town of Bara from the rebels on Monday."))
        .isEqualTo("Government regains territory");
  }

  @Test
  void peopleTakenAreNotGroundTaken() {
    assertThat(firstSubtype("Soldiers took eight young men from their homes in the northern district on Tuesday"
        + " night, relatives said.")).isNotIn("Government regains territory", "Non-state actor overtakes territory");
  }

  @Test
  void aBackdropPhraseDoesNotNameTheAct() {
    assertThat(firstSubtype("A peaceful protest was held in the market town of Kisii on Friday following the"
        + " arrest of two local traders.")).isEqualTo("Peaceful protest");
    // A generic killing still takes its type from its cause.
    assertThat(firstSubtype("Three people were killed following an air strike on the village market in Idlib on"
        + " Monday.")).isEqualTo("Air/drone strike");
  }

  @Test
  void civiliansAsAnyActsObjectMakeAnAttack() {
    assertThat(firstSubtype("Gunmen raided the village of Tunga on Sunday night and attacked the sleeping"
        + " residents with machetes.")).isEqualTo("Attack");
  }

  @Test
  void forcesPushingAnEnemyOutOfGroundTakeIt() {
    assertThat(firstSubtype("Government troops and allied militia pushed the insurgents out of four villages in the"
        + " eastern district on Wednesday.")).isEqualTo("Government regains territory");
  }

  @Test
  void aKillingTakesItsMeansFromAWhenClauseBeforeATrailingAttribution() {
    // The parser hangs "when a mortar round hit ..." on "said": still one event, typed by its means.
    List<EventRecord> events = pipeline.extract(Document.of("when", LocalDate.of(2024, 3, 8),
        "A farmer was killed when a mortar round hit his house in the northern Hama countryside, local activists"
            + " said yesterday."));
    assertThat(events).extracting(EventRecord::subtype).containsExactly("Shelling/artillery/missile attack");
  }

  @Test
  void groundSeizedAfterTheOtherSideWithdrewIsANonViolentTransfer() {
    assertThat(firstSubtype("Insurgents seized the border town of Kalo on Saturday following the withdrawal of"
        + " government troops.")).isEqualTo("Non-violent transfer of territory");
  }

  @Test
  void armedMenBurningPropertyDestroyItTheyDoNotRiot() {
    assertThat(firstSubtype("Soldiers torched dozens of homes in the village of Kambe on Tuesday, residents said."))
        .isEqualTo("Looting/property destruction");
    assertThat(firstSubtype("Militiamen burned down the market in the town of Bria overnight."))
        .isEqualTo("Looting/property destruction");
    assertThat(firstSubtype("Protesters torched a police station in the town of Mbeya on Tuesday."))
        .isEqualTo("Violent demonstration");
  }

  @Test
  void signingADecreeIsNoAgreement() {
    assertThat(firstSubtype("The president signed a decree on Monday dissolving the national guard."))
        .isNotEqualTo("Agreement");
    assertThat(firstSubtype("Government and rebel delegates signed a ceasefire agreement in Addis Ababa on Monday."))
        .isEqualTo("Agreement");
  }

  @Test
  void peopleTakenByForcesAreArrestedAndByOthersAbducted() {
    assertThat(firstSubtype("Soldiers have taken dozens of Tuaregs from the market town of Ber in a series of night"
        + " raids.")).isEqualTo("Arrests");
    assertThat(firstSubtype("Militants took five villagers from their farms near Mopti on Sunday."))
        .isEqualTo("Abduction/forced disappearance");
    assertThat(firstSubtype("The rebels have taken three villages east of Goma."))
        .isEqualTo("Non-state actor overtakes territory");
  }

  @Test
  void propertyDestroyedIsPropertyDestructionUnlessACrowdOrANamedMeansDidIt() {
    assertThat(firstSubtype("Dozens of shops and cars were destroyed in Kaduna on Saturday following clashes"
        + " between rival youth groups.")).isEqualTo("Looting/property destruction");
    assertThat(firstSubtype("Protesters burned cars and looted shops in central Kisumu on Monday."))
        .isEqualTo("Violent demonstration");
    assertThat(firstSubtype("An air strike destroyed three houses in the village of Kafr Nabl on Sunday."))
        .isEqualTo("Air/drone strike");
  }
}
