package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of an {@link EventQuery} over {@code linked_events}, as shared SQL plus the
 * dialect's full-text condition, with its parameters in order.
 */
record QuerySql(String where, List<Object> params) {
  static final String ORDER = " ORDER BY date_start DESC NULLS LAST, seq DESC";
  /**
   * Events are found by {@code from} when they end on or after it and start at most this many
   * days before it: the lower bound on date_start keeps counts index-bounded. An event spanning
   * more than a year is found only through its first year.
   */
  static final int MAX_SPAN_DAYS = 366;

  interface TextMatch {
    /** A condition with one parameter, and the parameter for the user's words. */
    String condition();

    String parameter(String words);
  }

  static QuerySql of(EventQuery q, TextMatch textMatch) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (q.from() != null) {
      conditions.add("date_end >= ? AND date_start >= ?");
      params.add(q.from().toString());
      params.add(q.from().minusDays(MAX_SPAN_DAYS).toString());
    }
    if (q.to() != null) {
      conditions.add("date_start <= ?");
      params.add(q.to().toString());
    }
    if (q.type() != null) {
      conditions.add("type = ?");
      params.add(q.type());
    }
    if (q.subtype() != null) {
      conditions.add("subtype = ?");
      params.add(q.subtype());
    }
    if (q.actor() != null) {
      String key = key(q.actor());
      conditions.add("(actor1_key = ? OR actor2_key = ?)");
      params.add(key);
      params.add(key);
    }
    if (q.place() != null) {
      String key = key(q.place());
      conditions.add("(place_key = ? OR admin1_key = ? OR country = ?)");
      params.add(key);
      params.add(key);
      params.add(q.place().toUpperCase(Locale.ROOT));
    }
    if (q.bbox() != null) {
      conditions.add("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
      params.add(q.bbox().minLat());
      params.add(q.bbox().maxLat());
      params.add(q.bbox().minLon());
      params.add(q.bbox().maxLon());
    }
    if (q.status() != null) {
      conditions.add("status = ?");
      params.add(q.status());
    }
    if (q.text() != null) {
      conditions.add(textMatch.condition());
      params.add(textMatch.parameter(q.text()));
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new QuerySql(where, List.copyOf(params));
  }

  /** Case-folded lookup key of an actor or place name, as stored in the *_key columns. */
  static String key(String name) {
    return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
  }
}
