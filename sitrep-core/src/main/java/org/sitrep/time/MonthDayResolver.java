package org.sitrep.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Picks the year of a month-day or month written without one. A month-day takes the year that
 * puts it nearest the publication date, so it lies within about six months either side ("July 10"
 * in a June report is ahead, "May 28" behind). A bare month ("in March") is the nearest past
 * occurrence, including the publication month itself, unless the sentence speaks of the future.
 */
final class MonthDayResolver {
  private MonthDayResolver() {}

  static int nearestYear(LocalDate published, int month, int day) {
    int best = published.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
      YearMonth ym = YearMonth.of(y, month);
      LocalDate d = ym.atDay(Math.min(day, ym.lengthOfMonth()));
      long distance = Math.abs(d.toEpochDay() - published.toEpochDay());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = y;
      }
    }
    return best;
  }

  static int monthYear(LocalDate published, int month, boolean future) {
    int y = published.getYear();
    if (future) {
      return month >= published.getMonthValue() ? y : y + 1;
    }
    return month <= published.getMonthValue() ? y : y - 1;
  }
}
