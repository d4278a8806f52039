package org.sitrep.time;

import java.time.LocalDate;
import org.sitrep.quantity.NumberParser;

/**
 * Durations that reach back from the publication date: "for more than 40 days" (DURATION, start
 * = published minus 41 days: "more than N" is read as N plus one day), "for nearly eight months"
 * (eight months back), "over the past two weeks"; and "for years" / "for many months" (ONGOING,
 * no start). Hours count back in whole days, rounding down ("for 12 hours" stays on the
 * publication day). A duration needs "for" or "past"/"last" before it, so "two weeks later" is
 * not one.
 * Stateless.
 */
final class DurationParser {
  private final CalendarLexicon lexicon;
  private final NumberParser numbers;

  DurationParser(CalendarLexicon lexicon, NumberParser numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  TokenMatch parse(TimeContext c, int i) {
    int k = i;
    boolean cued = false;
    String t = c.lower(k);
    if (t.equals("for") || t.equals("over") || t.equals("during") || t.equals("in") || t.equals("within")) {
      cued = t.equals("for");
      k++;
    }
    boolean pastOrLast = false;
    if (c.lower(k).equals("the") && (c.lower(k + 1).equals("past") || c.lower(k + 1).equals("last"))) {
      cued = true;
      pastOrLast = true;
      k += 2;
    } else if (k == i + 1 && c.lower(k).equals("the")) {
      return null;
    }
    if (!cued) {
      return null;
    }
    long n;
    int unitAt;
    boolean moreThan = false;
    if (lexicon.isOngoingUnit(c.lower(k))) {
      return ongoing(c, i, k + 1);
    }
    NumberParser.NumberMatch m = numbers.parse(c.lower, k);
    if (m != null) {
      if (m.value() > 10_000) {
        return null;
      }
      if (m.vague()) {
        return lexicon.isOngoingUnit(c.lower(m.end())) ? ongoing(c, i, m.end() + 1) : null;
      }
      n = m.value();
      unitAt = m.end();
      moreThan = m.qualifier() == NumberParser.Qualifier.MORE_THAN;
    } else if (c.lower(k).equals("a") || c.lower(k).equals("an")) {
      n = 1;
      unitAt = k + 1;
    } else if (pastOrLast && lexicon.unitDays(c.lower(k)) >= 0) {
      // "in the past week": one unit.
      n = 1;
      unitAt = k;
    } else {
      return null;
    }
    int unit = lexicon.unitDays(c.lower(unitAt));
    if (unit < 0 || c.lower(unitAt + 1).equals("ago")) {
      return null;
    }
    int end = unitAt + 1;
    LocalDate p = c.published;
    if (p == null) {
      return TokenMatch.unresolved(i, end, TimeMention.Relation.DURATION);
    }
    LocalDate start = switch (unit) {
      case 0 -> p.minusDays(n / 24);
      case 1 -> p.minusDays(n);
      case 7 -> p.minusWeeks(n);
      case 30 -> p.minusMonths(n);
      default -> p.minusYears(n);
    };
    if (moreThan && unit > 0) {
      start = start.minusDays(1);
    }
    return new TokenMatch(i, end, start, p, TokenMatch.RANGE, TimeMention.Relation.DURATION);
  }

  private static TokenMatch ongoing(TimeContext c, int start, int end) {
    return new TokenMatch(start, end, null, c.published, TokenMatch.UNKNOWN, TimeMention.Relation.ONGOING);
  }
}
