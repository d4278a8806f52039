package org.sitrep.store;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.EventRecord;

/** A document to store with the events extracted from it. */
public record DocumentEvents(StoredDocument document, List<EventRecord> events) {
  public DocumentEvents {
    Objects.requireNonNull(document, "document");
    events = List.copyOf(events);
  }
}
