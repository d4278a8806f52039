package org.sitrep.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.link.LinkedEvent;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Count;
import org.sitrep.model.Counts;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

class DigestHandMadeEventsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 2);
  private final DigestBuilder builder = new DigestBuilder();

  private static EventRecord event(String id, String subtypeType, String subtype, String modality, EventDate date,
      Integer fatalities, List<Attribution> attribution, String status, Location where, String sentence) {
    DocRef doc = new DocRef("doc-" + id, "2024-05-03", "Title " + id, null, "Outlet " + id);
    return new EventRecord(id, doc, subtypeType, subtype, modality,
        new Actor("Alpha Brigade", "rebel_group", "XX"), new Actor("Beta Militia", "political_militia", "XX"),
        where, date, fatalities,
        new Counts(List.of(), List.of(new Count("Beta Militia", 4)), List.of(), List.of()),
        attribution, status, List.of(new Evidence("doc-" + id, 0, sentence.length(), sentence)));
  }

  private static LinkedEvent single(EventRecord e) {
    return new LinkedEvent("L-" + e.id(), e, List.of(e), 1);
  }

  private static final Location TOWN = new Location("Kafr Test", 35.0, 36.0, null, "SY", "Idlib", "town");
  private static final EventDate ON_DAY = new EventDate("2024-05-02", "2024-05-02", "day");

  @Test
  void plannedAndPossibleEventsAreListedButNotCountedInTheHeadline() {
    LinkedEvent planned = single(event("p", "Strategic developments", "Other", "planned", ON_DAY, null, List.of(),
        "reported", TOWN, "The brigade announced it will hold a parade."));
    LinkedEvent possible = single(event("q", "Explosions/Remote violence", "Air/drone strike", "possible", ON_DAY, 3,
        List.of(new Attribution("activists", "said", "hedged")), "reported", TOWN, "A strike may have killed three."));
    DailyDigest d = builder.build(List.of(planned, possible), DigestRequest.of(DAY, null));
    assertThat(d.headline().events()).isZero();
    assertThat(d.headline().fatalities()).isZero();
    assertThat(d.areas()).singleElement().satisfies(a -> assertThat(a.lines()).extracting(DailyDigest.Line::text)
        .anyMatch(t -> t.startsWith("Planned: Other by Alpha Brigade against Beta Militia in Kafr Test (Idlib)."))
        .anyMatch(t -> t.startsWith("Possibly: Air/drone strike")));
  }

  @Test
  void aRangeEventIsReportedOnEachDayItCoversWithItsRange() {
    EventDate range = new EventDate("2024-05-01", "2024-05-03", "range");
    LinkedEvent siege = single(event("r", "Battles", "Armed clash", "actual", range, 12, List.of(), "reported", TOWN,
        "Fighting raged for three days."));
    DailyDigest d = builder.build(List.of(siege), DigestRequest.of(DAY, null));
    assertThat(d.areas().get(0).lines().get(0).text()).isEqualTo(
        "Armed clash between Alpha Brigade and Beta Militia in Kafr Test (Idlib) between 2024-05-01 and 2024-05-03."
            + " 12 killed, 4 wounded.");
    assertThat(builder.build(List.of(siege), DigestRequest.of(DAY.plusDays(1), null)).headline().events()).isEqualTo(1);
    assertThat(builder.build(List.of(siege), DigestRequest.of(DAY.plusDays(2), null)).headline().events()).isZero();
  }

  @Test
  void statusIsExplainedFromAttributionsOnly() {
    StatusExplainer explainer = new StatusExplainer();
    EventRecord claimed = event("c", "Battles", "Armed clash", "actual", ON_DAY, 5,
        List.of(new Attribution("Alpha Brigade", "said", "claimed"), new Attribution("Gamma Front", "claimed", "claimed")),
        "claimed", TOWN, "Alpha Brigade said it killed five.");
    assertThat(explainer.explain(single(claimed))).isEqualTo("Claimed by Alpha Brigade and Gamma Front only.");
    EventRecord contradicted = event("x", "Battles", "Armed clash", "actual", ON_DAY, 5,
        List.of(new Attribution("Beta Militia", "said", "disputed")), "disputed", TOWN, "Nothing happened, a spokesman said.");
    assertThat(explainer.explain(single(contradicted))).isEqualTo("Disputed: Beta Militia contradicts the account.");
    EventRecord ownVoice = event("o", "Battles", "Armed clash", "actual", ON_DAY, 5, List.of(), "reported", TOWN, "Five died.");
    assertThat(explainer.explain(single(ownVoice))).isEqualTo("Reported by Outlet o.");
  }

  @Test
  void anEventWithoutALocationIsGroupedAsSuchAndRegionFiltersExcludeIt() {
    LinkedEvent nowhere = single(event("n", "Battles", "Armed clash", "actual", ON_DAY, 1, List.of(), "reported", null,
        "One fighter died."));
    assertThat(builder.build(List.of(nowhere), DigestRequest.of(DAY, null)).areas())
        .extracting(DailyDigest.Area::name).containsExactly("Location not recorded");
    assertThat(builder.build(List.of(nowhere), DigestRequest.of(DAY, "SY")).headline().events()).isZero();
  }
}
