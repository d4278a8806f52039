package org.sitrep.ingest;

import java.util.function.Consumer;
import org.sitrep.io.DocumentJsonLine;
import org.sitrep.io.JsonLines.BadLineException;

/**
 * Document JSONL (SCHEMA.md "Document input"), read line by line with {@code sitrep extract}'s own
 * {@link DocumentJsonLine} rules, except that a line without an id is named by its content. A bad
 * line is skipped with its line number; the rest are read.
 */
public final class DocumentJsonlReader implements SourceReader {
  private static final DocumentJsonLine LINE = new DocumentJsonLine(ContentHash::documentId);

  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    java.util.Optional<String> read = item.readText(sink);
    if (read.isEmpty()) {
      return;
    }
    String text = read.get();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        sink.accept(parse(lines[i], item.origin() + ":" + (i + 1)));
      }
    }
  }

  static ReadOutcome parse(String line, String origin) {
    try {
      return new ReadOutcome.Read(LINE.parse(line), origin);
    } catch (BadLineException e) {
      return new ReadOutcome.Skipped(origin, e.getMessage());
    }
  }
}
