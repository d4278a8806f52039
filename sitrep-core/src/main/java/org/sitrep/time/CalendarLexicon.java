package org.sitrep.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.quantity.LexiconFile;

/**
 * Month and weekday names, parts of day, vague periods of a month, duration units and cue words,
 * loaded once from {@code calendar.txt}. All lookups take lower-cased token text. Immutable and
 * thread-safe after {@link #load()}.
 */
final class CalendarLexicon {
  /** A vague part of a month ("early" = days 1-10); {@code lastDay} 31 means the month's end. */
  record Period(String[] words, int firstDay, int lastDay) {}

  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, Integer> weekdays = new HashMap<>();
  private final Map<String, Integer> unitDays = new HashMap<>();
  private final Set<String> partsOfDay = new HashSet<>();
  private final Set<String> monthCues = new HashSet<>();
  private final Set<String> futureCues = new HashSet<>();
  private final Set<String> pastCues = new HashSet<>();
  private final Set<String> ongoing = new HashSet<>();
  private final Map<String, List<Period>> periods = new HashMap<>();

  private CalendarLexicon() {}

  static CalendarLexicon load() {
    CalendarLexicon c = new CalendarLexicon();
    for (LexiconFile.Line l : LexiconFile.read(CalendarLexicon.class, "calendar.txt")) {
      switch (l.field(0)) {
        case "month" -> c.months.put(l.field(2), check(l, l.intField(1), 1, 12));
        case "weekday" -> c.weekdays.put(l.field(2), check(l, l.intField(1), 1, 7));
        case "partofday" -> c.partsOfDay.add(l.field(1));
        case "period" -> {
          Period p = new Period(l.rest(3).split(" "), check(l, l.intField(1), 1, 31), check(l, l.intField(2), 1, 31));
          c.periods.computeIfAbsent(p.words()[0], k -> new ArrayList<>()).add(p);
        }
        case "unit" -> c.unitDays.put(l.field(2), l.intField(1));
        case "monthcue" -> c.monthCues.add(l.field(1));
        case "futurecue" -> c.futureCues.add(l.field(1));
        case "pastcue" -> c.pastCues.add(l.field(1));
        case "ongoing" -> c.ongoing.add(l.field(1));
        default -> throw l.error("unknown kind " + l.field(0));
      }
    }
    // Longest first: "the end of" must win over "end of".
    c.periods.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
    return c;
  }

  private static int check(LexiconFile.Line l, int v, int min, int max) {
    if (v < min || v > max) {
      throw l.error("value " + v + " outside " + min + ".." + max);
    }
    return v;
  }

  /** Month number for a name or abbreviation (a trailing full stop allowed), else 0. */
  int month(String lower) {
    Integer m = months.get(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    return m == null ? 0 : m;
  }

  /** ISO day of week for a weekday name, else 0. */
  int weekday(String lower) {
    Integer d = weekdays.get(lower);
    return d == null ? 0 : d;
  }

  /** Days in a duration unit (0 for hours, then 1, 7, 30, 365), else -1. */
  int unitDays(String lower) {
    Integer d = unitDays.get(lower);
    return d == null ? -1 : d;
  }

  boolean isPartOfDay(String lower) {
    return partsOfDay.contains(lower);
  }

  boolean isMonthCue(String lower) {
    return monthCues.contains(lower);
  }

  boolean isFutureCue(String lower) {
    return futureCues.contains(lower);
  }

  /** A listed past-tense word, or a regular past form ("seized", "attacked"). */
  boolean isPastCue(String lower) {
    return pastCues.contains(lower) || lower.length() > 4 && lower.endsWith("ed") && !futureCues.contains(lower);
  }

  boolean isOngoingUnit(String lower) {
    return ongoing.contains(lower);
  }

  /** Periods whose first word is {@code firstWord}, longest first. */
  List<Period> periods(String firstWord) {
    return periods.getOrDefault(firstWord, List.of());
  }
}
