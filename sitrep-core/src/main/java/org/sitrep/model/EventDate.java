package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** ISO dates; precision day, range, month, year, unknown. A one-day event has start == end. */
@JsonPropertyOrder({"start", "end", "precision"})
public record EventDate(String start, String end, String precision) {
  public static EventDate unknown() {
    return new EventDate(null, null, "unknown");
  }
}
