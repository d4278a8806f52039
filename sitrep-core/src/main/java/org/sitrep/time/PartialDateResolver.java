package org.sitrep.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Turns {@link PartialDate}s into dates: a written year wins; otherwise a month-day takes the year
 * nearest publication and a bare month or vague period the year its tense points to
 * ({@link MonthDayResolver}). Impossible dates ("June 31") resolve to null. Stateless.
 */
final class PartialDateResolver {
  private PartialDateResolver() {}

  /** A single expression's dates; unresolved when its year is missing and so is the publication date. */
  static TokenMatch single(TimeContext c, PartialDate p) {
    int year = yearOf(c, p, p.start());
    if (year == 0) {
      return TokenMatch.unresolved(p.start(), p.end(), TimeMention.Relation.AT);
    }
    return toMatch(p.start(), p.end(), p.withYear(year), p.withYear(year));
  }

  /** From the first day of {@code a} to the last of {@code b}, which lends {@code a} its year. */
  static TokenMatch range(TimeContext c, int start, PartialDate a, PartialDate b) {
    int yb = yearOf(c, b, start);
    if (yb == 0) {
      return TokenMatch.unresolved(start, b.end(), TimeMention.Relation.AT);
    }
    PartialDate rb = b.withYear(yb);
    PartialDate ra = a.year() != 0 ? a : a.withYear(yb);
    TokenMatch m = toMatch(start, b.end(), ra, rb);
    if (m != null && a.year() == 0 && m.from().isAfter(m.to())) {
      m = toMatch(start, b.end(), a.withYear(yb - 1), rb);
    }
    if (m == null || m.from().isAfter(m.to())) {
      return null;
    }
    String precision = m.from().equals(m.to()) ? TokenMatch.DAY : TokenMatch.RANGE;
    return TokenMatch.at(start, b.end(), m.from(), m.to(), precision);
  }

  /** The written year, else the resolved one; 0 when there is no publication date. */
  private static int yearOf(TimeContext c, PartialDate p, int expressionStart) {
    if (p.year() != 0) {
      return p.year();
    }
    if (c.published == null) {
      return 0;
    }
    if (p.day1() > 0 && !p.period()) {
      return MonthDayResolver.nearestYear(c.published, p.month(), p.day1());
    }
    return MonthDayResolver.monthYear(c.published, p.month(), tense(c, expressionStart));
  }

  private static int tense(TimeContext c, int at) {
    return c.futureBefore(at) ? 1 : c.pastBefore(at) ? -1 : 0;
  }

  /** Dates from the first day of {@code a} to the last of {@code b}; null when not a real date. */
  private static TokenMatch toMatch(int start, int end, PartialDate a, PartialDate b) {
    try {
      LocalDate from;
      LocalDate to;
      if (a.month() == 0) {
        from = LocalDate.of(a.year(), 1, 1);
      } else {
        from = LocalDate.of(a.year(), a.month(), a.day1() == 0 ? 1 : a.day1());
      }
      if (b.month() == 0) {
        to = LocalDate.of(b.year(), 12, 31);
      } else {
        YearMonth ym = YearMonth.of(b.year(), b.month());
        to = b.day1() == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(b.day2(), ym.lengthOfMonth()));
        if (b.day2() > ym.lengthOfMonth() && !b.period()) {
          return null;
        }
      }
      String precision;
      if (a.month() == 0) {
        precision = TokenMatch.YEAR;
      } else if (a.day1() == 0) {
        precision = TokenMatch.MONTH;
      } else {
        precision = from.equals(to) ? TokenMatch.DAY : TokenMatch.RANGE;
      }
      return TokenMatch.at(start, end, from, to, precision);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
