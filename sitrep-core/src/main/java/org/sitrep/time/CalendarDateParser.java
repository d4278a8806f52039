package org.sitrep.time;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute calendar expressions: ISO dates, "May 28, 2017", "28 May", "July 4-5", "between 4 and
 * 5 July", "from July 4 to July 6", "in early May", "mid-May", "end of May", "in March",
 * "in August and September", "in 2016". A bare month needs a cue before it ("in", "since",
 * "early") or a year after it, because "May" and "March" are also a verb and a noun; month names
 * must be capitalized. Years missing from the text come from {@link MonthDayResolver}. Stateless.
 */
final class CalendarDateParser {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)");
  private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})[-–](\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Set<String> RANGE_JOINERS = Set.of("to", "until", "till", "through", "-", "–", "and");
  private static final Set<String> DAY_JOINERS = Set.of("to", "until", "till", "through", "-", "–", "and");

  private final CalendarLexicon lexicon;

  CalendarDateParser(CalendarLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** An expression starting at token {@code i}, or null. */
  TokenMatch parse(TimeContext c, int i) {
    String first = c.lower(i);
    boolean between = first.equals("between");
    boolean prefixed = between || first.equals("from");
    TokenMatch partOfYear = periodOfYear(c, i);
    if (partOfYear != null) {
      return partOfYear;
    }
    PartialDate a = single(c, prefixed ? i + 1 : i, prefixed);
    if (a == null) {
      return null;
    }
    String joiner = c.lower(a.end());
    if (RANGE_JOINERS.contains(joiner) && (!joiner.equals("and") || between || a.day1() == 0)) {
      PartialDate b = single(c, a.end() + 1, true);
      if (b != null && (a.month() != 0) == (b.month() != 0)) {
        return PartialDateResolver.range(c, i, a, b);
      }
    }
    if (prefixed && !between && a.start() == i + 1) {
      // "from July 4" alone is still a date; keep "from" out of the span.
      return PartialDateResolver.single(c, a);
    }
    TokenMatch m = PartialDateResolver.single(c, a);
    return m == null ? null : m.withTokens(prefixed ? i : a.start(), a.end());
  }

  /** {@code cued}: a range word before it already makes a bare month or year a date. */
  private PartialDate single(TimeContext c, int i, boolean cued) {
    if (i >= c.size()) {
      return null;
    }
    String t = c.lower(i);
    boolean digit = !t.isEmpty() && Character.isDigit(t.charAt(0));
    Matcher iso = digit ? ISO.matcher(t) : null;
    if (iso != null && iso.matches()) {
      int y = Integer.parseInt(iso.group(1));
      int m = Integer.parseInt(iso.group(2));
      int d = Integer.parseInt(iso.group(3));
      return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? new PartialDate(i, i + 1, y, m, d, d) : null;
    }
    PartialDate p = periodOfMonth(c, i);
    if (p != null) {
      return p;
    }
    int month = monthAt(c, i);
    if (month > 0) {
      return monthFirst(c, i, month, cued);
    }
    if (!digit) {
      return null;
    }
    p = dayFirst(c, i);
    if (p != null) {
      return p;
    }
    if (YEAR.matcher(t).matches() && (cued || lexicon.isMonthCue(c.lower(i - 1)))) {
      return new PartialDate(i, i + 1, Integer.parseInt(t), 0, 0, 0);
    }
    return null;
  }

  /**
   * "late 2015", "the end of 2016", "mid-2016": a third of the year (early = January-April,
   * mid = May-August, late = September-December), following the day thirds of a month.
   */
  private TokenMatch periodOfYear(TimeContext c, int i) {
    String t = c.lower(i);
    int dash = t.indexOf('-');
    CalendarLexicon.Period period;
    int yearAt;
    String year;
    if (dash > 0 && YEAR.matcher(t.substring(dash + 1)).matches()) {
      period = periodAt(new String[] {t.substring(0, dash)}, 0);
      year = t.substring(dash + 1);
      yearAt = i;
    } else {
      period = i < c.size() ? periodAt(c.lower, i) : null;
      yearAt = period == null ? -1 : i + period.words().length;
      year = c.lower(yearAt);
      if (!YEAR.matcher(year).matches()) {
        return null;
      }
    }
    if (period == null) {
      return null;
    }
    int y = Integer.parseInt(year);
    int firstMonth = period.firstDay() <= 10 ? 1 : period.firstDay() <= 20 ? 5 : 9;
    LocalDate from = LocalDate.of(y, firstMonth, 1);
    return TokenMatch.at(i, yearAt + 1, from, from.plusMonths(4).minusDays(1), TokenMatch.RANGE);
  }

  /** "early May", "end of May 2017", "mid-May". */
  private PartialDate periodOfMonth(TimeContext c, int i) {
    String t = c.lower(i);
    int dash = t.indexOf('-');
    if (dash > 0 && c.tokens.get(i).text().length() > dash + 1
        && Character.isUpperCase(c.tokens.get(i).text().charAt(dash + 1))) {
      int month = lexicon.month(t.substring(dash + 1));
      CalendarLexicon.Period period = periodAt(new String[] {t.substring(0, dash)}, 0);
      if (month > 0 && period != null) {
        return withYear(c, new PartialDate(i, i + 1, 0, month, period.firstDay(), period.lastDay(), true));
      }
    }
    CalendarLexicon.Period period = i < c.size() ? periodAt(c.lower, i) : null;
    if (period == null) {
      return null;
    }
    int m = i + period.words().length;
    int month = monthAt(c, m);
    if (month == 0) {
      return null;
    }
    return withYear(c, new PartialDate(i, m + 1, 0, month, period.firstDay(), period.lastDay(), true));
  }

  private CalendarLexicon.Period periodAt(String[] lower, int i) {
    for (CalendarLexicon.Period p : lexicon.periods(lower[i])) {
      if (i + p.words().length > lower.length) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < p.words().length && ok; k++) {
        ok = lower[i + k].equals(p.words()[k]);
      }
      if (ok) {
        return p;
      }
    }
    return null;
  }

  /** "May 28", "May 28, 2017", "July 4-5", "July 4 to 6", "March 2017", "in March". */
  private PartialDate monthFirst(TimeContext c, int i, int month, boolean cuedBefore) {
    int d1 = day(c.lower(i + 1));
    if (d1 > 0) {
      int d2 = d1;
      int end = i + 2;
      if (DAY_JOINERS.contains(c.lower(end)) && day(c.lower(end + 1)) > 0 && monthAt(c, end + 2) == 0) {
        d2 = day(c.lower(end + 1));
        end += 2;
      }
      return d2 >= d1 ? withYear(c, new PartialDate(i, end, 0, month, d1, d2)) : null;
    }
    Matcher r = DAY_RANGE.matcher(c.lower(i + 1));
    if (d1 == 0 && !c.lower(i + 1).isEmpty() && Character.isDigit(c.lower(i + 1).charAt(0)) && r.matches()) {
      int a = Integer.parseInt(r.group(1));
      int b = Integer.parseInt(r.group(2));
      return a >= 1 && a < b && b <= 31 ? withYear(c, new PartialDate(i, i + 2, 0, month, a, b)) : null;
    }
    boolean cued = cuedBefore || lexicon.isMonthCue(c.lower(i - 1));
    PartialDate bare = withYear(c, new PartialDate(i, i + 1, 0, month, 0, 0));
    return cued || bare.year() != 0 ? bare : null;
  }

  /** "28 May", "4-5 July", "4 and 5 July", "4 to 6 July 2017", "15th of June". */
  private PartialDate dayFirst(TimeContext c, int i) {
    int d1 = day(c.lower(i));
    int d2 = d1;
    int m = i + 1;
    if (d1 == 0) {
      Matcher r = DAY_RANGE.matcher(c.lower(i));
      if (!r.matches()) {
        return null;
      }
      d1 = Integer.parseInt(r.group(1));
      d2 = Integer.parseInt(r.group(2));
    } else if (DAY_JOINERS.contains(c.lower(i + 1)) && day(c.lower(i + 2)) > 0) {
      d2 = day(c.lower(i + 2));
      m = i + 3;
    }
    if (c.lower(m).equals("of") && ORDINAL.matcher(c.lower(m - 1)).matches()) {
      // "the 15th of June"
      m++;
    }
    int month = monthAt(c, m);
    if (month == 0 || d1 < 1 || d2 < d1 || d2 > 31) {
      return null;
    }
    return withYear(c, new PartialDate(i, m + 1, 0, month, d1, d2));
  }

  /** Extends a partial over a following year: "May 28, 2017", "28 May 2017", "March 2017". */
  private static PartialDate withYear(TimeContext c, PartialDate p) {
    int e = p.end();
    if (c.lower(e).equals(",") && YEAR.matcher(c.lower(e + 1)).matches()) {
      e++;
    }
    if (YEAR.matcher(c.lower(e)).matches()) {
      return new PartialDate(p.start(), e + 1, Integer.parseInt(c.lower(e)), p.month(), p.day1(), p.day2(), p.period());
    }
    return p;
  }

  private int monthAt(TimeContext c, int i) {
    return c.capitalized(i) ? lexicon.month(c.lower(i)) : 0;
  }

  private static int day(String t) {
    if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
      return 0;
    }
    Matcher m = DAY.matcher(t);
    if (!m.matches()) {
      return 0;
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : 0;
  }
}
