package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.text.Document;

/** End to end on reports the team wrote (src/test/resources), through the default pipeline. */
class SitrepPipelineTest {
  private static SitrepPipeline pipeline;

  @BeforeAll
  static void load() {
    pipeline = SitrepPipeline.createDefault();
  }

  private static Document doc(String name, LocalDate published) throws IOException {
    try (InputStream in = SitrepPipelineTest.class.getResourceAsStream(name)) {
      return Document.of(name, published, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Optional<EventRecord> find(List<EventRecord> events, String subtype, String place) {
    return events.stream()
        .filter(e -> e.subtype().equals(subtype))
        .filter(e -> place == null || e.location().name() != null && e.location().name().contains(place))
        .findFirst();
  }

  @Test
  void roundupItemsGiveSourcedEventsWithClaimsKeptApart() throws IOException {
    Document d = doc("yemen-roundup.txt", LocalDate.of(2019, 4, 10)); // a Wednesday
    List<EventRecord> events = pipeline.extract(d);

    // The rebels' claim to have taken ground is denied: whichever sub-type, it is a disputed battle.
    EventRecord clash = events.stream().filter(e -> e.type().equals("Battles")).findFirst().orElseThrow();
    assertThat(clash.actor1().name()).containsIgnoringCase("Houthi");
    assertThat(clash.status()).isEqualTo("disputed");
    assertThat(clash.date().start()).isEqualTo("2019-04-09");
    assertThat(clash.fatalities()).isEqualTo(7);
    assertThat(clash.counts().wounded()).extracting(c -> c.n()).containsExactly(12L);

    EventRecord strike = find(events, "Air/drone strike", "Sa").orElseThrow();
    assertThat(strike.actor1().name()).isEqualTo("Saudi-led coalition");
    assertThat(strike.date().start()).isEqualTo("2019-04-08");
    assertThat(strike.fatalities()).isEqualTo(14);
    assertThat(strike.status()).isEqualTo("disputed");
    assertThat(strike.attribution()).anySatisfy(a -> assertThat(a.stance()).isEqualTo("denied"));

    EventRecord talks = find(events, "Talks", "Muscat").orElseThrow();
    assertThat(talks.modality()).isEqualTo("planned");
    assertThat(talks.date().start()).isEqualTo("2019-04-20");
    assertThat(talks.fatalities()).isNull();

    assertThat(events).noneMatch(e -> e.evidence().stream().anyMatch(ev -> ev.text().startsWith("Photo")));
    assertEvidenceIsExact(d, events);
  }

  @Test
  void aWireStoryGivesTheAbductionWithItsPlaceAndNight() throws IOException {
    Document d = doc("nigeria-wire.txt", LocalDate.of(2021, 3, 1)); // a Monday
    List<EventRecord> events = pipeline.extract(d);
    EventRecord abduction = find(events, "Abduction/forced disappearance", null).orElseThrow();
    assertThat(abduction.actor1().name()).containsIgnoringCase("Boko Haram");
    assertThat(abduction.date().start()).isEqualTo("2021-02-26");
    assertThat(abduction.location().country()).isEqualTo("NG");
    assertThat(abduction.counts().captured()).extracting(c -> c.n()).contains(23L);
    assertEvidenceIsExact(d, events);
  }

  @Test
  void extractionIsDeterministicAndEmptyInputGivesNothing() throws IOException {
    Document d = doc("nigeria-wire.txt", LocalDate.of(2021, 3, 1));
    assertThat(pipeline.extract(d)).isEqualTo(pipeline.extract(d));
    assertThat(pipeline.extract(Document.of("empty", null, ""))).isEmpty();
    assertThat(pipeline.extract(Document.of("noise", null, "%%% 12 ### ???\n\n...."))).isEmpty();
    // Lone dashes and odd punctuation where a modifier is expected must not break role labelling.
    assertThat(pipeline.extract(Document.of("dashes", LocalDate.of(2020, 1, 2),
        "Gunmen - - attacked a - convoy near the - border on Monday, killing - three - soldiers.")))
        .allSatisfy(e -> assertThat(e.evidence()).isNotEmpty());
  }

  @Test
  void withoutAPublicationDateRelativeDatesStayUnresolved() throws IOException {
    Document d = doc("nigeria-wire.txt", null);
    List<EventRecord> events = pipeline.extract(d);
    assertThat(events).isNotEmpty();
    for (EventRecord e : events) {
      assertThat(e.date().start()).isNull();
    }
  }

  @Test
  void aDatelineStandsInForAMissingPublicationDate() {
    String text = "BAGHDAD, March 4, 2021 - A roadside bomb struck an army patrol near Tikrit on "
        + "Wednesday, killing two soldiers, a security official said.";
    List<EventRecord> events = pipeline.extract(Document.of("dateline", null, text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.subtype()).isEqualTo("Remote explosive/landmine/IED");
      assertThat(e.date().start()).isEqualTo("2021-03-03");
      assertThat(e.fatalities()).isEqualTo(2);
    });
  }

  @Test
  void aDateOnlyFirstLineIsADatelineToo() {
    String text = "Thu 4 Mar 2021\n\nA roadside bomb struck an army patrol near Tikrit on Wednesday, "
        + "killing two soldiers, a security official said.";
    List<EventRecord> events = pipeline.extract(Document.of("date-line", null, text));
    assertThat(events).anySatisfy(e -> assertThat(e.date().start()).isEqualTo("2021-03-03"));
  }

  @Test
  void demonymsAndOrganisationSeatsDoNotLocateEvents() {
    String text = "Russian jets struck a market in the town of Saraqib on Monday, killing nine civilians,"
        + " the London-based monitoring group said.";
    String patron = "Gunmen from a Tehran-backed militia killed nine civilians in the town of Saraqib on Monday.";
    assertThat(pipeline.extract(Document.of("patron", LocalDate.of(2019, 4, 10), patron))).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(9);
      assertThat(e.location().country()).isEqualTo("SY");
    });
    List<EventRecord> events = pipeline.extract(Document.of("demonym", LocalDate.of(2019, 4, 10), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(9);
      assertThat(e.location().country()).isEqualTo("SY");
      assertThat(e.location().precision()).isEqualTo("town");
    });
  }

  @Test
  void anIncidentTurnedToWithElsewhereTakesNoEarlierDate() {
    String text = "Government shelling killed five people in the town of Saraqib on Monday, activists said. "
        + "Elsewhere, gunmen killed two guards at a checkpoint. Rebels then shelled an army post, wounding a soldier.";
    List<EventRecord> events = pipeline.extract(Document.of("shift", LocalDate.of(2019, 4, 10), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(5);
      assertThat(e.date().start()).isEqualTo("2019-04-08");
    });
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(2);
      assertThat(e.date().start()).isNull();
    });
  }

  @Test
  void aShortReportOfOneNamedActIsAnEvent() {
    String text = "Police said a large quantity of weapons and ammunition had been seized during the raids.";
    List<EventRecord> events = pipeline.extract(Document.of("lone", LocalDate.of(2019, 4, 10), text));
    assertThat(events).extracting(EventRecord::subtype).containsExactly("Disrupted weapons use");
  }

  @Test
  void aNegatedActIsNoEvent() {
    String text = "No arrests have been made after gunmen torched two shops in the market of Kano on Monday.";
    List<EventRecord> events = pipeline.extract(Document.of("negated", LocalDate.of(2019, 4, 10), text));
    assertThat(events).extracting(EventRecord::subtype).doesNotContain("Arrests").isNotEmpty();
  }

  @Test
  void aSummitThatOnlyDatesAnActIsNoEvent() {
    String text = "Police fired tear gas at stone-throwing protesters on the first day of the summit in Lisbon.";
    List<EventRecord> events = pipeline.extract(Document.of("frame", LocalDate.of(2019, 4, 10), text));
    assertThat(events).extracting(EventRecord::type).doesNotContain("Diplomacy").contains("Protests");
  }

  @Test
  void aCountryInTheClauseIsNarrowedByATownOfItInTheSentence() {
    String text = "A car bomb killed 20 people in eastern Syria near the city of Deir ez-Zor on Friday.";
    List<EventRecord> events = pipeline.extract(Document.of("narrow", LocalDate.of(2019, 4, 13), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(20);
      assertThat(e.location().precision()).isEqualTo("town");
      assertThat(e.location().country()).isEqualTo("SY");
    });
  }

  @Test
  void aOneWordActorCapitalisedByPositionStillTriggers() {
    String text = "Protesters blocked the main road into Nairobi on Monday.";
    List<EventRecord> events = pipeline.extract(Document.of("initial", LocalDate.of(2019, 4, 10), text));
    // Blocking a road makes the protest a violent demonstration in ACLED's coding (a riot).
    assertThat(events).extracting(EventRecord::type).contains("Riots");
  }

  @Test
  void dueToACauseIsNoPlan() {
    String text = "At least 19 people were killed in Kafr Nabl on Tuesday due to heavy shelling, medics said.";
    List<EventRecord> events = pipeline.extract(Document.of("cause", LocalDate.of(2019, 4, 10), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.modality()).isEqualTo("actual");
      assertThat(e.fatalities()).isEqualTo(19);
    });
    String plan = "The envoys are due to meet in Geneva on Friday, the UN said.";
    assertThat(pipeline.extract(Document.of("plan", LocalDate.of(2019, 4, 10), plan)))
        .allSatisfy(e -> assertThat(e.modality()).isEqualTo("planned"));
  }

  @Test
  void anEventPlacedOnlyInACountryTakesThePlaceItsStoryKeepsNaming() {
    String text = "Government air strikes killed 12 civilians in Syria on Monday, medics said."
        + " Residents of Saraqib said the main market of Saraqib was crowded at the time.";
    List<EventRecord> events = pipeline.extract(Document.of("focus", LocalDate.of(2019, 4, 10), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(12);
      assertThat(e.location().name()).contains("Sar");
      assertThat(e.location().precision()).isEqualTo("town");
    });
  }

  @Test
  void anEventInAnUnnamedTownOfACountryTakesTheTownTheStoryNamesOnce() {
    String text = "Government air strikes on a town in eastern Syria killed 14 civilians on Sunday, a monitor said."
        + " The raids hit a bakery in Al-Mayadin in the province of Deir ez-Zor, residents said.";
    List<EventRecord> events = pipeline.extract(Document.of("one-town", LocalDate.of(2019, 4, 8), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(14);
      assertThat(e.location().admin1()).isEqualTo("Deir ez-Zor");
      assertThat(e.location().precision()).isEqualTo("town");
    });
  }

  @Test
  void aPlaceAbroadDoesNotKeepAnEventFromTheOneTownItsStoryNames() {
    String text = "A chemical attack killed 300 people in Syria on Wednesday, an opposition leader said in Istanbul."
        + " Footage from districts east of Damascus showed bodies lying in rows."
        + " Foreign ministers meeting in Brussels condemned the attack.";
    List<EventRecord> events = pipeline.extract(Document.of("abroad", LocalDate.of(2019, 4, 11), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(300);
      assertThat(e.location().name()).isEqualTo("Damascus");
    });
  }

  @Test
  void aRegionAcrossBordersGivesWayToThePlaceTheStoryKeepsNaming() {
    String text = "Militants of the Islamic State of Iraq and the Levant killed 40 tribesmen in the Levant last week, "
        + "activists said. Survivors fled Deir ez-Zor, and elders in Deir ez-Zor appealed for help.";
    List<EventRecord> events = pipeline.extract(Document.of("region", LocalDate.of(2019, 4, 11), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(40);
      assertThat(e.location().country()).isEqualTo("SY");
    });
  }

  @Test
  void aCountryModifyingANounIsNotTheScene() {
    String text = "At least 19 people were killed in a US airstrike in Syria on Monday, residents said.";
    List<EventRecord> events = pipeline.extract(Document.of("modifier", LocalDate.of(2019, 4, 9), text));
    assertThat(events).anySatisfy(e -> {
      assertThat(e.fatalities()).isEqualTo(19);
      assertThat(e.location().country()).isEqualTo("SY");
    });
  }

  @Test
  void aDemonstrationThatTurnsViolentIsOneRiot() {
    String text = "Thousands of teachers marched through Lagos on Saturday to demand unpaid wages."
        + " Later in the day protesters threw stones at police outside the governor's office in Lagos.";
    List<EventRecord> events = pipeline.extract(Document.of("riot", LocalDate.of(2019, 4, 14), text));
    assertThat(events).extracting(EventRecord::type).containsExactly("Riots");
  }

  @Test
  void aLaterTollGivesTheFiguresOfTheStrikeBeforeIt() {
    String text = "Air strikes hit a crowded market in the town of Atarib on Monday."
        + " At least 61 people were killed, medics said.";
    List<EventRecord> events = pipeline.extract(Document.of("toll", LocalDate.of(2019, 4, 10), text));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).subtype()).isEqualTo("Air/drone strike");
    assertThat(events.get(0).fatalities()).isEqualTo(61);
  }

  @Test
  void aFigureTwiceInOneSentenceCountsOnce() {
    assertThat(EventAssembler.restated(36, List.of(18L, 17L, 1L))).isEqualTo(18);
    assertThat(EventAssembler.restated(40, List.of(20L, 20L))).isEqualTo(20);
    assertThat(EventAssembler.restated(327, List.of(312L, 15L))).isEqualTo(327);
    assertThat(EventAssembler.restated(14, List.of(14L))).isEqualTo(14);
  }

  private static void assertEvidenceIsExact(Document d, List<EventRecord> events) {
    assertThat(events).isNotEmpty();
    for (EventRecord e : events) {
      assertThat(e.evidence()).isNotEmpty();
      for (Evidence ev : e.evidence()) {
        assertThat(d.text().substring(ev.start(), ev.end())).isEqualTo(ev.text());
      }
    }
  }
}
