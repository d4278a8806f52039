package org.sitrep.store;

import java.util.List;
import org.sitrep.model.EventRecord;

/**
 * A linked event as queries return it: the merged record ({@code event.id()} is the linked event
 * id), how many source reports it has, how many of them are independent, and their outlets.
 */
public record StoredEvent(EventRecord event, int sources, int independentSources, List<String> outlets) {
  public StoredEvent {
    outlets = List.copyOf(outlets);
  }
}
