package org.sitrep.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.sitrep.quantity.NumberParser;

/**
 * Expressions relative to the publication date: "yesterday", "today", "last night", "overnight", "this week"
 * (Monday up to publication), "last week", "earlier this month", "last month", "two days ago",
 * "three weeks ago" and weekdays ("on Saturday", "Friday evening", "next Monday"). Without a
 * publication date they come back unresolved. Stateless.
 */
final class RelativeDateParser {
  /** Capitalized words that may open a sentence before a weekday ("On Saturday, ..."). */
  private static final java.util.Set<String> LEAD_INS = java.util.Set.of("on", "since", "by", "until", "till",
      "from", "between", "early", "late", "last", "next", "this", "every", "each", "and", "or", "to", "before",
      "after", "overnight", "through", "during", "as", "of");

  private final CalendarLexicon lexicon;
  private final NumberParser numbers;

  RelativeDateParser(CalendarLexicon lexicon, NumberParser numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  TokenMatch parse(TimeContext c, int i) {
    TokenMatch m = deictic(c, i);
    if (m == null) {
      m = ago(c, i);
    }
    if (m == null) {
      m = weekday(c, i);
    }
    return m;
  }

  private TokenMatch deictic(TimeContext c, int i) {
    String t = c.lower(i);
    String next = c.lower(i + 1);
    LocalDate p = c.published;
    switch (t) {
      case "yesterday":
        return p == null ? unresolved(i, i + 1) : day(i, i + 1, p.minusDays(1));
      case "today":
      case "tonight":
        return p == null ? unresolved(i, i + 1) : day(i, i + 1, p);
      case "overnight":
        // "shelled Tripoli overnight": the night before the report, like "last night"; not
        // "overnight Saturday" (a weekday follows) nor "an overnight curfew" (a modifier).
        if (lexicon.weekday(next) > 0 || lexicon.month(next) > 0 || isDeterminer(c.lower(i - 1))) {
          return null;
        }
        return p == null ? unresolved(i, i + 1) : day(i, i + 1, p.minusDays(1));
      case "earlier":
      case "later":
        if (next.equals("this") && (c.lower(i + 2).equals("month") || c.lower(i + 2).equals("week")
            || c.lower(i + 2).equals("year"))) {
          TokenMatch m = deictic(c, i + 1);
          return m == null ? null : m.withTokens(i, m.end());
        }
        return null;
      case "the":
        if (!next.equals("weekend")) {
          return partOfCurrent(c, i);
        }
        return p == null ? unresolved(i, i + 2) : weekend(i, p, 0);
      case "last":
      case "this":
      case "next":
        break;
      default:
        return null;
    }
    if (p == null) {
      return next.equals("week") || next.equals("month") || next.equals("year") || next.equals("weekend")
          || lexicon.isPartOfDay(next)
          ? unresolved(i, i + 2) : null;
    }
    int shift = t.equals("last") ? -1 : t.equals("next") ? 1 : 0;
    switch (next) {
      case "weekend":
        return weekend(i, p, shift);
      case "week": {
        LocalDate monday = WeekdayResolver.monday(p).plusWeeks(shift);
        LocalDate end = shift == 0 ? p : monday.plusDays(6);
        return TokenMatch.at(i, i + 2, monday, end, TokenMatch.RANGE);
      }
      case "month": {
        LocalDate first = p.withDayOfMonth(1).plusMonths(shift);
        if (shift == 0) {
          return TokenMatch.at(i, i + 2, first, p, TokenMatch.RANGE);
        }
        return TokenMatch.at(i, i + 2, first, first.with(TemporalAdjusters.lastDayOfMonth()), TokenMatch.MONTH);
      }
      case "year": {
        LocalDate first = p.withDayOfYear(1).plusYears(shift);
        if (shift == 0) {
          return TokenMatch.at(i, i + 2, first, p, TokenMatch.RANGE);
        }
        return TokenMatch.at(i, i + 2, first, first.withMonth(12).withDayOfMonth(31), TokenMatch.YEAR);
      }
      default:
        if (lexicon.isPartOfDay(next) && shift <= 0) {
          // "last night" is the night before publication; "this morning" the publication day.
          return day(i, i + 2, shift < 0 ? p.minusDays(1) : p);
        }
        return null;
    }
  }

  /**
   * "the start of the year", "the end of this month": a vague part (calendar.txt's periods) of the
   * publication date's month or year. A third of a year follows a third of a month: the start
   * is January to April, the middle May to August, the end September to December.
   */
  private TokenMatch partOfCurrent(TimeContext c, int i) {
    for (CalendarLexicon.Period period : lexicon.periods("the")) {
      int k = i + period.words().length;
      boolean ok = k + 1 < c.size();
      for (int w = 0; w < period.words().length && ok; w++) {
        ok = c.lower(i + w).equals(period.words()[w]);
      }
      String which = c.lower(k);
      String unit = c.lower(k + 1);
      if (!ok || !(which.equals("the") || which.equals("this")) || !(unit.equals("month") || unit.equals("year"))) {
        continue;
      }
      LocalDate p = c.published;
      if (p == null) {
        return unresolved(i, k + 2);
      }
      LocalDate from;
      LocalDate to;
      if (unit.equals("month")) {
        from = p.withDayOfMonth(period.firstDay());
        to = period.lastDay() >= 28 ? p.with(TemporalAdjusters.lastDayOfMonth())
            : p.withDayOfMonth(Math.min(period.lastDay(), p.lengthOfMonth()));
      } else {
        int firstMonth = period.firstDay() <= 10 ? 1 : period.firstDay() <= 20 ? 5 : 9;
        from = LocalDate.of(p.getYear(), firstMonth, 1);
        to = from.plusMonths(4).minusDays(1);
      }
      return TokenMatch.at(i, k + 2, from, to, TokenMatch.RANGE);
    }
    return null;
  }

  /**
   * "the weekend", "this weekend", "last weekend": the most recent Saturday on or before
   * publication and the Sunday after it (a report published on a weekend means that weekend);
   * "next weekend" the first one after publication.
   */
  private static TokenMatch weekend(int i, LocalDate p, int shift) {
    LocalDate saturday = WeekdayResolver.past(p, 6);
    if (shift > 0) {
      saturday = WeekdayResolver.future(p.plusDays(1), 6);
    }
    return TokenMatch.at(i, i + 2, saturday, saturday.plusDays(1), TokenMatch.RANGE);
  }

  /** "two days ago", "three weeks ago", "a month ago". */
  private TokenMatch ago(TimeContext c, int i) {
    if (!c.lower(i + 2).equals("ago") && !c.lower(i + 3).equals("ago") && !c.lower(i + 4).equals("ago")) {
      return null;
    }
    long n;
    int unitAt;
    String t = c.lower(i);
    if (t.equals("a") || t.equals("an")) {
      n = 1;
      unitAt = i + 1;
    } else {
      NumberParser.NumberMatch m = numbers.parse(c.lower, i);
      if (m == null || m.vague() || m.start() != i || m.value() > 1000) {
        return null;
      }
      n = m.value();
      unitAt = m.end();
    }
    int unit = lexicon.unitDays(c.lower(unitAt));
    if (unit < 0 || !c.lower(unitAt + 1).equals("ago")) {
      return null;
    }
    int end = unitAt + 2;
    LocalDate p = c.published;
    if (p == null) {
      return unresolved(i, end);
    }
    return switch (unit) {
      case 0 -> day(i, end, p.minusDays(n / 24));
      case 1 -> day(i, end, p.minusDays(n));
      case 7 -> {
        LocalDate monday = WeekdayResolver.monday(p.minusWeeks(n));
        yield TokenMatch.at(i, end, monday, monday.plusDays(6), TokenMatch.RANGE);
      }
      case 30 -> {
        LocalDate first = p.minusMonths(n).withDayOfMonth(1);
        yield TokenMatch.at(i, end, first, first.with(TemporalAdjusters.lastDayOfMonth()), TokenMatch.MONTH);
      }
      default -> {
        LocalDate first = p.minusYears(n).withDayOfYear(1);
        yield TokenMatch.at(i, end, first, first.withMonth(12).withDayOfMonth(31), TokenMatch.YEAR);
      }
    };
  }

  /**
   * "Saturday", "Saturday night", "last Saturday", "next Monday". A capitalized word after the
   * weekday other than a part of day ("Sunday Times"), or before it other than a lead-in such as
   * "On" ("Bloody Sunday"), makes it a name, not a date.
   */
  private TokenMatch weekday(TimeContext c, int i) {
    int start = i;
    int shift = 0;
    if (c.lower(i).equals("last") || c.lower(i).equals("next")) {
      shift = c.lower(i).equals("last") ? -1 : 1;
      i++;
    }
    int dow = c.capitalized(i) ? lexicon.weekday(c.lower(i)) : 0;
    if (dow == 0 || shift == 0 && c.capitalized(i - 1) && !LEAD_INS.contains(c.lower(i - 1))
        && lexicon.month(c.lower(i - 1)) == 0) {
      // "Bloody Sunday", "Good Friday": a name, not a date.
      return null;
    }
    int end = i + 1;
    String next = c.lower(end);
    if (lexicon.isPartOfDay(next)) {
      end++;
    } else if (c.capitalized(end) && lexicon.month(next) == 0) {
      return null;
    }
    LocalDate p = c.published;
    if (p == null) {
      return unresolved(start, end);
    }
    boolean possessive = next.equals("'s") || next.equals("’s");
    boolean future = shift > 0 || (shift == 0 && !possessive && c.futureBefore(start));
    LocalDate d;
    if (future) {
      d = WeekdayResolver.future(shift > 0 ? p.plusDays(1) : p, dow);
    } else {
      d = WeekdayResolver.past(shift < 0 ? p.minusDays(1) : p, dow);
    }
    return day(start, end, d);
  }

  private static boolean isDeterminer(String lower) {
    return lower.equals("a") || lower.equals("an") || lower.equals("the");
  }

  private static TokenMatch day(int start, int end, LocalDate d) {
    return TokenMatch.at(start, end, d, d, TokenMatch.DAY);
  }

  private static TokenMatch unresolved(int start, int end) {
    return TokenMatch.unresolved(start, end, TimeMention.Relation.AT);
  }
}
