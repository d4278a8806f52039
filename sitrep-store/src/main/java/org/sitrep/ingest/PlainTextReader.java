package org.sitrep.ingest;

import java.util.function.Consumer;
import org.sitrep.text.Document;

/**
 * A plain-text report, one document per file, with no metadata (the pipeline looks for a
 * dateline), decoded by {@link SourceItem#readText} exactly as {@code sitrep extract} decodes it.
 */
public final class PlainTextReader implements SourceReader {
  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    java.util.Optional<String> read = item.readText(sink);
    if (read.isEmpty()) {
      return;
    }
    String text = read.get();
    if (text.isBlank()) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "empty document"));
      return;
    }
    sink.accept(new ReadOutcome.Read(new Document(ContentHash.documentId(text), null, null, null, null, text),
        item.origin()));
  }
}
