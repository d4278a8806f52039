package org.sitrep.server.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.link.LinkedEvent;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SourceReport;

/** Linked events for the digest, read from the event store. Thread-safe as the store is. */
public final class StoreLinkedEvents implements LinkedEventSource {
  private final EventStore store;

  public StoreLinkedEvents(EventStore store) {
    this.store = store;
  }

  @Override
  public List<LinkedEvent> overlapping(LocalDate from, LocalDate to) {
    List<String> ids = new ArrayList<>();
    EventQuery query = new EventQuery(from, to, null, null, null, null, null, null, null, 1, EventQuery.MAX_SIZE);
    store.forEach(query, e -> ids.add(e.event().id()));
    return ids.stream().map(store::event).flatMap(Optional::stream).map(StoreLinkedEvents::linked).toList();
  }

  static LinkedEvent linked(EventDetail detail) {
    return new LinkedEvent(detail.summary().event().id(), detail.summary().event(),
        detail.reports().stream().map(SourceReport::event).toList(), detail.summary().independentSources());
  }
}
