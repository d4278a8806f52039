package org.sitrep.io;

import java.nio.file.Path;
import java.util.Locale;

/** How an input file holds its documents. */
public enum InputFormat {
  /** The whole file is one plain-text report; its id is the file name without extension. */
  TEXT,
  /** SCHEMA.md's document JSONL: one JSON object per line with id, published, title, url, outlet, text. */
  JSONL;

  /** The format a file name implies: {@code .jsonl} is {@link #JSONL}, anything else {@link #TEXT}. */
  public static InputFormat byExtension(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") ? JSONL : TEXT;
  }
}
