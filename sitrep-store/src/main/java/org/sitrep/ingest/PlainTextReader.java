package org.sitrep.ingest;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.text.Document;

/**
 * A plain-text report, UTF-8, one document per file, with no metadata (the pipeline looks for a
 * dateline). Kept minimal so it can delegate to {@code org.sitrep.io} once that exists.
 */
public final class PlainTextReader implements SourceReader {
  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    byte[] bytes;
    try {
      bytes = item.readAll();
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "cannot read: " + e.getMessage()));
      return;
    }
    Optional<String> problem = TextDecoding.problem(bytes);
    if (problem.isPresent()) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), problem.get()));
      return;
    }
    String text = TextDecoding.decode(bytes);
    if (text.isBlank()) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "empty document"));
      return;
    }
    sink.accept(new ReadOutcome.Read(new Document(ContentHash.documentId(text), null, null, null, null, text),
        item.origin()));
  }
}
