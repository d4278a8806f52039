package org.sitrep.time;

/**
 * A calendar expression as written, over tokens [start, end): {@code year} 0 = not written,
 * {@code month} 0 = a whole year, {@code day1} 0 = a whole month, else days day1..day2.
 * {@code period}: the days come from a vague period ("late May"), so a month shorter than
 * {@code day2} clips it instead of making the date impossible.
 */
record PartialDate(int start, int end, int year, int month, int day1, int day2, boolean period) {
  PartialDate(int start, int end, int year, int month, int day1, int day2) {
    this(start, end, year, month, day1, day2, false);
  }

  PartialDate withYear(int y) {
    return new PartialDate(start, end, y, month, day1, day2, period);
  }
}
