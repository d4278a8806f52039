package org.sitrep.export;

import org.sitrep.store.StoredEvent;

/** Writes linked events one at a time in one export format. Not thread-safe. */
public interface EventWriter extends AutoCloseable {
  void write(StoredEvent event);

  /** Finishes the document (footer, flush); leaves the underlying stream open. */
  @Override
  void close();
}
