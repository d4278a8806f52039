package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to read, or the body of a fetched URL. {@code origin} names it in messages;
 * {@code bytes} is null for files, which readers open themselves (a WARC file may be large).
 */
public record SourceItem(String origin, Path file, byte[] bytes, SourceKind kind) {
  public SourceItem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    if ((file == null) == (bytes == null)) {
      throw new IllegalArgumentException("a source item is a file or fetched bytes, not both");
    }
  }

  public InputStream open() throws IOException {
    return file != null ? Files.newInputStream(file) : new java.io.ByteArrayInputStream(bytes);
  }

  public byte[] readAll() throws IOException {
    return file != null ? Files.readAllBytes(file) : bytes;
  }

  /**
   * The item as strict UTF-8 text ({@link org.sitrep.io.StrictText}, as {@code sitrep extract}
   * reads files), or empty after telling {@code sink} why it was skipped.
   */
  public java.util.Optional<String> readText(java.util.function.Consumer<ReadOutcome> sink) {
    try {
      return java.util.Optional.of(org.sitrep.io.StrictText.decodeUtf8(readAll()));
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Skipped(origin, "cannot read: " + e.getMessage()));
    } catch (org.sitrep.io.StrictText.BadTextException e) {
      sink.accept(new ReadOutcome.Skipped(origin, e.getMessage()));
    }
    return java.util.Optional.empty();
  }
}
