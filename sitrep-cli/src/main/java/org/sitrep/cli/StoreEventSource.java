package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.link.LinkedEvent;
import org.sitrep.server.web.LinkedEventSource;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.SourceReport;

/** The web layer's digest source, read from the event store: linked events with their reports. */
final class StoreEventSource implements LinkedEventSource {
  private final EventStore store;

  StoreEventSource(EventStore store) {
    this.store = store;
  }

  @Override
  public List<LinkedEvent> overlapping(LocalDate from, LocalDate to) {
    EventQuery query = new EventQuery(from, to, null, null, null, null, null, null, null, 1, 1);
    List<String> ids = new ArrayList<>();
    store.forEach(query, e -> ids.add(e.event().id()));
    List<LinkedEvent> events = new ArrayList<>();
    for (String id : ids) {
      store.event(id).ifPresent(d -> events.add(linked(d)));
    }
    return events;
  }

  private static LinkedEvent linked(EventDetail d) {
    return new LinkedEvent(d.summary().event().id(), d.summary().event(),
        d.reports().stream().map(SourceReport::event).toList(), d.summary().independentSources());
  }
}
