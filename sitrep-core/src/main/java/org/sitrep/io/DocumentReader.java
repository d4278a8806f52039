package org.sitrep.io;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.text.Document;

/**
 * Reads input reports: a plain-text file (one document) or SCHEMA.md's document JSONL (one per
 * line). Never throws for bad input: every problem becomes an {@link InputProblem} naming the file
 * (and line) and the readable rest is still returned. Text is decoded as strict UTF-8; NUL bytes
 * mark binary files; a document over {@link #maxDocumentBytes()} is refused. Thread-safe.
 */
public final class DocumentReader {
  /** Default largest document, in bytes of UTF-8: far above any news report, far below the heap. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  private final long maxDocumentBytes;

  public DocumentReader(long maxDocumentBytes) {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maximum document size must be positive: " + maxDocumentBytes);
    }
    this.maxDocumentBytes = maxDocumentBytes;
  }

  public DocumentReader() {
    this(DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** {@code published} applies to text input only; JSONL lines carry their own. */
  public ReadResult read(Path file, InputFormat format, LocalDate published) {
    return format == InputFormat.TEXT ? readText(file, published) : readJsonl(file);
  }

  /** One document whose id is the file name without its extension. */
  public ReadResult readText(Path file, LocalDate published) {
    InputProblem unreadable = JsonLines.checkRegularFile(file);
    if (unreadable != null) {
      return ReadResult.failed(unreadable);
    }
    try {
      byte[] bytes;
      try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()))) {
        // Read at most one byte over the limit: works for pipes too, and never loads a huge file.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxDocumentBytes + 1));
      }
      if (bytes.length > maxDocumentBytes) {
        String size = Files.isRegularFile(file) ? StrictText.size(Files.size(file)) : "over " + StrictText.size(maxDocumentBytes);
        return ReadResult.failed(InputProblem.ofFile(file, "is " + size
            + "; the limit for one document is " + StrictText.size(maxDocumentBytes)));
      }
      if (bytes.length == 0) {
        return ReadResult.failed(InputProblem.ofFile(file, "is empty"));
      }
      String text = StrictText.decodeUtf8(bytes, bytes.length);
      if (text.isBlank()) {
        return ReadResult.failed(InputProblem.ofFile(file, "has no text (only whitespace)"));
      }
      return new ReadResult(List.of(Document.of(idOf(file), published, text)), List.of());
    } catch (StrictText.BadTextException e) {
      return ReadResult.failed(InputProblem.ofFile(file, e.getMessage()));
    } catch (IOException e) {
      return ReadResult.failed(InputProblem.ofFile(file, "cannot be read: " + e.getMessage()));
    }
  }

  /**
   * Every well-formed line is a document; each bad line is one problem. Blank lines are skipped; a
   * repeated id is a problem on the later line.
   */
  public ReadResult readJsonl(Path file) {
    DocumentJsonLine parser = new DocumentJsonLine();
    JsonLines.Result<Document> lines = JsonLines.read(file, "document", maxDocumentBytes, parser::parse);
    List<Document> documents = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>(lines.problems());
    Map<String, Integer> firstLineOfId = new HashMap<>();
    for (JsonLines.Numbered<Document> line : lines.items()) {
      Integer first = firstLineOfId.putIfAbsent(line.item().id(), line.line());
      if (first != null) {
        problems.add(InputProblem.ofLine(file, line.line(),
            "duplicate document id '" + line.item().id() + "' (first on line " + first + ")"));
      } else {
        documents.add(line.item());
      }
    }
    if (lines.items().isEmpty() && problems.isEmpty()) {
      problems.add(InputProblem.ofFile(file, "is empty (no JSON lines)"));
    }
    problems.sort(Comparator.comparing((InputProblem p) -> p.line() == null ? 0 : p.line()));
    return new ReadResult(documents, problems);
  }

  /** File name without its last extension; a name that is all extension keeps its full name. */
  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
