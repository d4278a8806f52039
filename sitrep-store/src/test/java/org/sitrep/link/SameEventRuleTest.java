package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Counts;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

class SameEventRuleTest {
  static final Actor SAA = new Actor("Syrian Arab Army", "state_forces", "SY");
  static final Actor HTS = new Actor("Hayat Tahrir al-Sham", "rebel_group", null);
  static final Location ARIHA = new Location("Ariha", 35.81, 36.61, null, "SY", "Idlib", "town");
  static final Location NEAR_ARIHA = new Location("Ariha market", 35.815, 36.62, null, "SY", "Idlib", "point");
  static final Location IDLIB_CITY = new Location("Idlib", 35.93, 36.63, null, "SY", "Idlib", "town");
  static final Location IDLIB_PROVINCE = new Location("Idlib", 35.8, 36.6, null, "SY", "Idlib", "region");
  final SameEventRule rule = new SameEventRule();

  static EventRecord report(String outlet, String type, Actor a1, Actor a2, Location loc, String start, String end,
      Integer killed, List<Attribution> attribution, String status) {
    String precision = start == null ? "unknown" : start.equals(end) ? "day" : "range";
    return new EventRecord("r-" + outlet, new DocRef("d-" + outlet, "2024-03-02", null, null, outlet), type, "Shelling/artillery/missile attack",
        "actual", a1, a2, loc, new EventDate(start, end, precision), killed, Counts.none(), attribution, status,
        List.of(new Evidence("d-" + outlet, 0, 4, "text")));
  }

  static EventRecord shelling(String outlet, Location loc, String day, Integer killed) {
    return report(outlet, "Explosions/Remote violence", SAA, null, loc, day, day, killed, List.of(), "reported");
  }

  @Test
  void sameTypeNearbySameDayCompatibleActorsIsOneEvent() {
    assertThat(rule.sameEvent(shelling("a", ARIHA, "2024-03-01", 9), shelling("b", NEAR_ARIHA, "2024-03-01", 12)))
        .hasValueSatisfying(reason -> assertThat(reason).contains("within town precision"));
    assertThat(rule.sameEvent(shelling("a", ARIHA, "2024-03-01", 9), shelling("b", NEAR_ARIHA, "2024-03-02", 12)))
        .as("one day of slack").isPresent();
    assertThat(rule.sameEvent(shelling("a", IDLIB_PROVINCE, "2024-03-01", 9), shelling("b", IDLIB_CITY, "2024-03-01", 9)))
        .as("within region radius").isPresent();
  }

  @Test
  void otherTypePlaceDayOrActorIsAnotherEvent() {
    EventRecord a = shelling("a", ARIHA, "2024-03-01", 9);
    assertThat(rule.sameEvent(a, report("b", "Battles", SAA, null, ARIHA, "2024-03-01", "2024-03-01", 9, List.of(), "reported"))).isEmpty();
    assertThat(rule.sameEvent(a, shelling("b", IDLIB_CITY, "2024-03-01", 9))).as("13 km apart, town precision").isEmpty();
    assertThat(rule.sameEvent(a, shelling("b", ARIHA, "2024-03-04", 9))).isEmpty();
    assertThat(rule.sameEvent(a, report("b", "Explosions/Remote violence", HTS, null, ARIHA, "2024-03-01", "2024-03-01", 9,
        List.of(), "reported"))).isEmpty();
    assertThat(rule.sameEvent(a, report("b", "Explosions/Remote violence", SAA, null, ARIHA, null, null, 9, List.of(),
        "reported"))).as("unknown date never links").isEmpty();
    assertThat(rule.sameEvent(a, report("b", "Explosions/Remote violence", SAA, null, ARIHA, "2024-01-01", "2024-06-30", 9,
        List.of(), "reported"))).as("too vague").isEmpty();
  }

  @Test
  void mergerTakesTheConservativeFigureAndMarksDisagreementDisputed() {
    EventRecord sdf = report("x", "Battles", SAA, HTS, ARIHA, "2024-03-01", "2024-03-01", 312,
        List.of(new Attribution("Syrian Arab Army", "said", "claimed")), "claimed");
    EventRecord sohr = report("y", "Battles", HTS, SAA, NEAR_ARIHA, "2024-02-28", "2024-03-02", 250,
        List.of(new Attribution("SOHR", "said", "asserted")), "reported");
    EventRecord alsoSohr = report("z", "Battles", null, null, ARIHA, "2024-03-01", "2024-03-01", null,
        List.of(new Attribution("SOHR", "reported", "asserted")), "reported");
    LinkedEvent linked = new LinkMerger().merge("ev-1", List.of(sdf, sohr, alsoSohr));
    assertThat(linked.event().fatalities()).isEqualTo(250);
    assertThat(linked.event().status()).isEqualTo("disputed");
    assertThat(linked.event().location()).isEqualTo(NEAR_ARIHA);
    assertThat(linked.event().date().start()).isEqualTo("2024-03-01");
    assertThat(linked.event().actor1()).isEqualTo(SAA);
    assertThat(linked.independentSources()).as("two outlets quoting SOHR count once").isEqualTo(2);
    assertThat(linked.reports()).containsExactlyInAnyOrder(sdf, sohr, alsoSohr);

    LinkedEvent agreeing = new LinkMerger().merge("ev-2", List.of(alsoSohr,
        report("w", "Battles", HTS, SAA, NEAR_ARIHA, "2024-03-01", "2024-03-01", null, List.of(), "reported")));
    assertThat(agreeing.event().status()).isEqualTo("reported");
  }
}
