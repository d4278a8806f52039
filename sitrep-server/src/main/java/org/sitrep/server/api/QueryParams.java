package org.sitrep.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.EventQuery;

/**
 * The event filters of the API's query string, as an {@link EventQuery}. Unknown parameters are
 * rejected (400) so that a misspelt filter never silently returns everything.
 */
final class QueryParams {
  static final List<String> FILTERS = List.of("from", "to", "type", "subtype", "actor", "place", "bbox", "status", "q");

  private QueryParams() {}

  static EventQuery eventQuery(Context ctx, Set<String> alsoAllowed) {
    Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
    unknown.removeAll(FILTERS);
    unknown.removeAll(alsoAllowed);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown query parameter(s) " + unknown + "; known: " + FILTERS
          + (alsoAllowed.isEmpty() ? "" : " and " + new TreeSet<>(alsoAllowed)));
    }
    String bbox = ctx.queryParam("bbox");
    return new EventQuery(
        date(ctx, "from"),
        date(ctx, "to"),
        ctx.queryParam("type"),
        ctx.queryParam("subtype"),
        ctx.queryParam("actor"),
        ctx.queryParam("place"),
        bbox == null || bbox.isBlank() ? null : EventQuery.BoundingBox.parse(bbox),
        blankToNull(ctx.queryParam("status")),
        ctx.queryParam("q"),
        integer(ctx, "page", 1),
        integer(ctx, "size", 50));
  }

  private static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be YYYY-MM-DD: " + v, e);
    }
  }

  private static int integer(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + v, e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
