package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Counts;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

/** Events of an invented report published 2019-09-20. */
class BackgroundIncidentsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 9, 20);

  private static EventRecord event(String sentence, String start, String end, Integer fatalities) {
    return new EventRecord("e-" + sentence.hashCode(), new DocRef("d", "2019-09-20", null, null, null),
        "Explosions/Remote violence", "Remote explosive/landmine/IED", "actual", null, null,
        new Location(null, null, null, null, null, null, null),
        start == null ? EventDate.unknown() : new EventDate(start, end, start.equals(end) ? "day" : "range"),
        fatalities, new Counts(List.of(), List.of(), List.of(), List.of()), List.of(), "reported",
        List.of(new Evidence("d", 0, sentence.length(), sentence)));
  }

  @Test
  void aDeadlyIncidentRecalledBesideTheNewsIsDropped() {
    EventRecord today = event("A car bomb killed 11 people in the town on Thursday.", "2019-09-19", "2019-09-19", 11);
    EventRecord recalled = event("A double bombing in June killed 57 people there.", "2019-06-01", "2019-06-30", 57);
    EventRecord undated = event("Another blast killed three soldiers.", null, null, 3);
    assertThat(BackgroundIncidents.withoutBackground(List.of(today, recalled, undated), e -> true, PUBLISHED))
        .containsExactly(today, undated);
  }

  @Test
  void aReportOfOnlyPastIncidentsKeepsThem() {
    EventRecord past = event("A mass grave of 40 people killed in May was found.", "2019-05-01", "2019-05-31", 40);
    assertThat(BackgroundIncidents.withoutBackground(List.of(past), e -> true, PUBLISHED)).containsExactly(past);
  }

  @Test
  void pastEventsWithoutDeathsStay() {
    EventRecord today = event("Shelling killed two people on Friday.", "2019-09-20", "2019-09-20", 2);
    EventRecord talks = event("Talks were held in Geneva in early August.", "2019-08-01", "2019-08-10", null);
    assertThat(BackgroundIncidents.withoutBackground(List.of(today, talks), e -> true, PUBLISHED)).containsExactly(today, talks);
  }

  @Test
  void aDateInheritedFromTheStorysContextIsTooWeakToCallAnIncidentPast() {
    EventRecord today = event("Shelling killed two people on Friday.", "2019-09-20", "2019-09-20", 2);
    EventRecord inherited = event("Two pilots were killed when their jet crashed.", "2019-04-01", "2019-04-30", 2);
    assertThat(BackgroundIncidents.withoutBackground(List.of(today, inherited), e -> e == today, PUBLISHED))
        .containsExactly(today, inherited);
  }

  @Test
  void anIncidentTheReportRecallsIsBackgroundToItsNews() {
    EventRecord today = event("Shelling killed two people in the market on Friday.", "2019-09-20", "2019-09-20", 2);
    EventRecord recalled = event("Earlier this week a car bomb killed 30 people in the same town.", null, null, 30);
    assertThat(BackgroundIncidents.withoutBackground(List.of(today, recalled), e -> true, PUBLISHED))
        .containsExactly(today);
    assertThat(BackgroundIncidents.withoutBackground(List.of(recalled), e -> true, PUBLISHED))
        .containsExactly(recalled);
  }

  @Test
  void anIncidentToldAsEarlyInTheMonthIsRecalled() {
    EventRecord today = event("Shelling killed two people in the market on Friday.", "2019-09-20", "2019-09-20", 2);
    EventRecord recalled = event("In early September a double bombing killed 40 people at a school.", "2019-09-01", "2019-09-10", 40);
    assertThat(BackgroundIncidents.withoutBackground(List.of(today, recalled), e -> false, PUBLISHED))
        .containsExactly(today);
  }
}
