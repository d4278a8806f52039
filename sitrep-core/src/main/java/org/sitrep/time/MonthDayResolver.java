package org.sitrep.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Picks the year of a month-day or month written without one. A month-day takes the year that
 * puts it nearest the publication date, so it lies within about six months either side ("July 10"
 * in a June report is ahead, "May 28" behind). A bare month ("in March") is the nearest past
 * occurrence, including the publication month itself, unless the sentence speaks of the future
 * or, with no tense word at all, the month is one of the next three.
 */
final class MonthDayResolver {
  static final int LOOKAHEAD_MONTHS = 3;
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

  /**
   * The year of a bare month. {@code tense}: +1 when the sentence speaks of the future, -1 when
   * a past-tense word precedes the month, 0 when neither. Without tense, a month up to
   * {@link #LOOKAHEAD_MONTHS} ahead is the coming one ("talks in August", in a June report): a
   * month that long past would be written "last August".
   */
  static int monthYear(LocalDate published, int month, int tense) {
    int y = published.getYear();
    int ahead = Math.floorMod(month - published.getMonthValue(), 12);
    boolean future = tense > 0 || tense == 0 && ahead >= 1 && ahead <= LOOKAHEAD_MONTHS;
    if (future) {
      return month >= published.getMonthValue() ? y : y + 1;
    }
    return month <= published.getMonthValue() ? y : y - 1;
  }
}
