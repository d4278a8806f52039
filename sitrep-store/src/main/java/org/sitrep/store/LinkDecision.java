package org.sitrep.store;

import java.time.Instant;
import java.util.List;

/** A recorded link or unlink of reports ({@code events}: report ids), with its reason. */
public record LinkDecision(Instant at, String action, String reason, List<String> events) {
  public LinkDecision {
    if (!action.equals("link") && !action.equals("unlink")) {
      throw new IllegalArgumentException("action must be link or unlink: " + action);
    }
    events = List.copyOf(events);
  }
}
