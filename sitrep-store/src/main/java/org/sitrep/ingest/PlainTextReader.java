package org.sitrep.ingest;

import java.io.IOException;
import java.util.function.Consumer;
import org.sitrep.io.StrictText;
import org.sitrep.text.Document;

/**
 * A plain-text report, one document per file, with no metadata (the pipeline looks for a
 * dateline), decoded by {@link StrictText} exactly as {@code sitrep extract} decodes it.
 */
public final class PlainTextReader implements SourceReader {
  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    String text;
    try {
      text = StrictText.decodeUtf8(item.readAll());
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "cannot read: " + e.getMessage()));
      return;
    } catch (StrictText.BadTextException e) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), e.getMessage()));
      return;
    }
    if (text.isBlank()) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "empty document"));
      return;
    }
    sink.accept(new ReadOutcome.Read(new Document(ContentHash.documentId(text), null, null, null, null, text),
        item.origin()));
  }
}
