package org.sitrep.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input report. {@code published} may be null: relative dates then stay unresolved unless a
 * dateline in the text gives the date.
 */
public record Document(
    String id, LocalDate published, String title, String url, String outlet, String text) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
  }

  public static Document of(String id, LocalDate published, String text) {
    return new Document(id, published, null, null, null, text);
  }
}
