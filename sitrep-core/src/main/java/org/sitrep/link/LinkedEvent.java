package org.sitrep.link;

import java.util.List;
import org.sitrep.model.EventRecord;

/**
 * One real-world event as the record holds it: the merged view ({@code event}, whose fatalities
 * follow ACLED's most conservative figure and whose status is disputed when sources disagree),
 * every source report as extracted from its own document, and how many independent sources
 * (distinct outlets or documents) corroborate it.
 */
public record LinkedEvent(String id, EventRecord event, List<EventRecord> reports, int independentSources) {
  public LinkedEvent {
    reports = List.copyOf(reports);
  }
}
