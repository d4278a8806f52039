package org.sitrep.export;

import java.io.OutputStream;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/** Streams every linked event matching a query (paging ignored) in one format. */
public final class Exporter {
  private Exporter() {}

  /** Writes the export and returns how many events it holds; leaves {@code out} open. */
  public static long export(EventStore store, EventQuery query, ExportFormat format, OutputStream out) {
    long[] n = {0};
    try (EventWriter writer = format.writer(out)) {
      store.forEach(query, e -> {
        writer.write(e);
        n[0]++;
      });
    }
    return n[0];
  }
}
