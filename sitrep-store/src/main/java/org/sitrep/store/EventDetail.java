package org.sitrep.store;

import java.util.List;

/** A linked event with every source report and the history of link decisions, oldest first. */
public record EventDetail(StoredEvent summary, List<SourceReport> reports, List<LinkDecision> history) {
  public EventDetail {
    reports = List.copyOf(reports);
    history = List.copyOf(history);
  }
}
