package org.sitrep.ingest;

import java.util.List;

/** What one ingest run did, and every skip with its reason. */
public record IngestReport(Counts counts, List<ReadOutcome.Skipped> skips) {
  public IngestReport {
    skips = List.copyOf(skips);
  }

  /**
   * Documents read from the sources; stored now; already stored before (same content or URL);
   * skipped (unreadable, hostile or failing extraction); events stored; events linked to a
   * report of another document.
   */
  public record Counts(int read, int stored, int alreadyStored, int skipped, int events, int linked) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    Counts plus(int dRead, int dStored, int dAlready, int dSkipped, int dEvents, int dLinked) {
      return new Counts(read + dRead, stored + dStored, alreadyStored + dAlready, skipped + dSkipped,
          events + dEvents, linked + dLinked);
    }
  }
}
