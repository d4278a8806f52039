package org.sitrep.server.web;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.link.LinkedEvent;

/**
 * Where the web layer reads linked events for the daily digest: every linked event whose date
 * interval overlaps {@code from..to} (inclusive). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface LinkedEventSource {
  List<LinkedEvent> overlapping(LocalDate from, LocalDate to);
}
