package org.sitrep.ingest;

import java.util.function.Consumer;

/**
 * Reads the documents of one kind of source. Bad input never throws: every unreadable item is
 * reported as {@link ReadOutcome.Skipped} with a one-line reason, and reading goes on with the
 * next item. Implementations are stateless and thread-safe.
 */
public interface SourceReader {
  void read(SourceItem item, Consumer<ReadOutcome> sink);
}
