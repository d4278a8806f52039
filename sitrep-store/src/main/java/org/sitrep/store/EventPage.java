package org.sitrep.store;

import java.util.List;

/** One page of a query: {@code total} counts every match, {@code items} holds this page. */
public record EventPage(long total, int page, int size, List<StoredEvent> items) {
  public EventPage {
    items = List.copyOf(items);
  }
}
