package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/**
 * Patterns of wire copy from many conflicts, end to end through the default pipeline, on
 * reports the team wrote: arson beside killings, report dates, stories within a story, armed
 * groups of one country, negated claims and a dispersed blockade.
 */
class WireCopyPatternsTest {
  private static final LocalDate SUNDAY = LocalDate.of(2024, 9, 15);
  private static SitrepPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SitrepPipeline.createDefault();
  }

  private static List<EventRecord> extract(String text) {
    return pipeline.extract(Document.of("wire", SUNDAY, text));
  }

  @Test
  void killingsBesideArsonAreTheEventAndTheActsDateNotTheReports() {
    List<EventRecord> events = extract("Gang members armed with automatic rifles killed at least 17 people and "
        + "set fire to dozens of homes in Saint-Marc on Thursday, the United Nations said on Friday.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.subtype()).isEqualTo("Attack");
      assertThat(e.fatalities()).isEqualTo(17);
      assertThat(e.date().start()).isEqualTo("2024-09-12");
    });
  }

  @Test
  void arsonAloneIsPropertyDestructionNotADisaster() {
    List<EventRecord> events = extract("Gunmen set fire to dozens of homes in Saint-Marc on Thursday, police said.");
    assertThat(events).singleElement().satisfies(e -> assertThat(e.subtype()).isEqualTo("Looting/property destruction"));
  }

  @Test
  void twoArmedGroupsOfOneCountryAreTwoEventsAndSeparatelyStartsAnotherStory() {
    List<EventRecord> events = extract("""
        GOMA, Sept 14 (Wire) - M23 rebels seized the town of Rubaya in North Kivu province on Friday, a local official said.

        At least 11 civilians were killed by shells that fell on the market, the official said.

        Separately, suspected ADF fighters attacked a village near Beni on Friday night, killing nine people with machetes, the Red Cross said.
        """);
    assertThat(events).extracting(e -> e.location().admin1()).containsOnly("Nord-Kivu");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(9);
      assertThat(e.location().name()).isEqualTo("Beni");
      assertThat(e.actor1()).isNotNull();
      assertThat(e.actor1().name()).isNotEqualTo("M23");
    });
    assertThat(events).filteredOn(e -> e.actor1() != null && e.actor1().name().equals("M23"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.fatalities()).isNotEqualTo(Integer.valueOf(9)));
  }

  @Test
  void aWeaponFiredAtTroopsNamesTheTroopsAsTarget() {
    List<EventRecord> events = extract("Hamas's armed wing said its fighters fired mortar bombs at Israeli troops "
        + "near Khan Younis on Saturday.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.actor1().name()).isEqualTo("Hamas");
      assertThat(e.actor2().name()).isEqualTo("Israeli military");
    });
  }

  @Test
  void whoCondemnsAnAttackDidNotCarryItOut() {
    List<EventRecord> events = extract("Doctors Without Borders condemns the shelling of a hospital in Khan Younis "
        + "on Friday, which killed two patients.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.fatalities()).isEqualTo(2);
      assertThat(e.actor1() == null ? null : e.actor1().name()).isNotEqualTo("Doctors Without Borders");
    });
  }

  @Test
  void airStrikesBackingTroopsSupportTheirBattle() {
    List<EventRecord> events = extract("Government troops backed by coalition air strikes repelled a Houthi attack "
        + "on positions south of Marib on Saturday, military officials said.");
    assertThat(events).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("Battles"));
  }

  @Test
  void theCountryThatLaunchedTheDronesIsNotWhereTheyWereShotDown() {
    List<EventRecord> events = extract("A Russian missile struck an apartment block in Kharkiv overnight, killing seven "
        + "people, the governor said.\n\nUkraine's air force said it had shot down 45 of 60 drones launched by Russia "
        + "overnight.");
    assertThat(events).filteredOn(e -> e.subtype().startsWith("Disrupted")).singleElement()
        .satisfies(e -> assertThat(e.location().country()).isEqualTo("UA"));
  }

  @Test
  void theAuthorNamedInTheNextSentenceIsTheAttacksActor() {
    List<EventRecord> events = extract("Gunmen killed 17 people in Saint-Marc on Thursday, the United Nations said. "
        + "The attack was carried out by the Gran Grif gang, according to the U.N. human rights office.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.fatalities()).isEqualTo(17);
      assertThat(e.actor1()).isNotNull();
      assertThat(e.actor1().name()).isNotEqualTo("Unidentified armed group");
    });
  }

  @Test
  void aClaimNotMadeIsNoClaim() {
    List<EventRecord> events = extract("A roadside bomb killed two soldiers near Popayan on Saturday, the army said. "
        + "The group did not claim the attack.");
    assertThat(events).singleElement().satisfies(e ->
        assertThat(e.attribution()).noneSatisfy(a -> assertThat(a.verb()).isEqualTo("claim")));
  }

  @Test
  void aBlockadeAndItsDispersalAreOneDemonstrationLedByTheCrowd() {
    List<EventRecord> events = extract("About 300 farmers blocked the highway near Popayan on Thursday to protest "
        + "against the eradication of coca crops, local media reported. Riot police used tear gas to clear the road, "
        + "and three protesters were injured.");
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.type()).isIn("Protests", "Riots");
      assertThat(e.actor1().kind()).isEqualTo("civilians");
      assertThat(e.actor2()).isNotNull();
      assertThat(e.actor2().kind()).isEqualTo("state_forces");
      assertThat(e.location().name()).isEqualTo("Popayán");
    });
  }
}
