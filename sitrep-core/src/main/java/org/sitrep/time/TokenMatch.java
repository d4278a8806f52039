package org.sitrep.time;

import java.time.LocalDate;

/**
 * A time expression found over tokens [start, end) of a sentence, before it becomes a
 * {@link TimeMention} with character offsets. {@code from}/{@code to} are null when unresolved.
 */
record TokenMatch(int start, int end, LocalDate from, LocalDate to, String precision, TimeMention.Relation relation) {
  static final String DAY = "day";
  static final String RANGE = "range";
  static final String MONTH = "month";
  static final String YEAR = "year";
  static final String UNKNOWN = "unknown";

  static TokenMatch unresolved(int start, int end, TimeMention.Relation relation) {
    return new TokenMatch(start, end, null, null, UNKNOWN, relation);
  }

  static TokenMatch at(int start, int end, LocalDate from, LocalDate to, String precision) {
    return new TokenMatch(start, end, from, to, precision, TimeMention.Relation.AT);
  }

  TokenMatch withTokens(int newStart, int newEnd) {
    return new TokenMatch(newStart, newEnd, from, to, precision, relation);
  }
}
