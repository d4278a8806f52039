package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One event in the output contract of SCHEMA.md (field names and meanings are fixed). */
@JsonPropertyOrder({"id", "doc", "type", "subtype", "modality", "actor1", "actor2", "location",
    "date", "fatalities", "counts", "attribution", "status", "evidence"})
public record EventRecord(
    String id,
    DocRef doc,
    String type,
    String subtype,
    String modality,
    Actor actor1,
    Actor actor2,
    Location location,
    EventDate date,
    Integer fatalities,
    Counts counts,
    List<Attribution> attribution,
    String status,
    List<Evidence> evidence) {
  public EventRecord {
    attribution = List.copyOf(attribution);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one piece of evidence");
    }
  }
}
