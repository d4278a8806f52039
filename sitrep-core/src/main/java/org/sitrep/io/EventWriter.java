package org.sitrep.io;

import org.sitrep.model.EventRecord;

/**
 * Prints events to an output as they come. Call {@link #write} per event, then {@link #finish}
 * once (it closes an open JSON array, prints a table's footer and flushes; it does not close the
 * underlying writer). Not thread-safe.
 */
public interface EventWriter {
  void write(EventRecord event);

  void finish();
}
