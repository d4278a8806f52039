package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Resolves a bare weekday against the publication date. Reports speak of the past: "on Saturday"
 * in a report published Sunday 2017-06-18 is 2017-06-17, the most recent Saturday on or before
 * publication (a weekday equal to the publication day is that day). Announcements ("talks will
 * resume on Monday") take the first such weekday on or after publication.
 */
final class WeekdayResolver {
  private WeekdayResolver() {}

  static LocalDate past(LocalDate published, int isoDay) {
    return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(isoDay)));
  }

  static LocalDate future(LocalDate published, int isoDay) {
    return published.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(isoDay)));
  }

  /** Monday of the week holding {@code day} (ISO weeks). */
  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
