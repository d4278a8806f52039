package org.sitrep.io;

import java.io.PrintWriter;

/** How {@code sitrep extract} prints events. */
public enum OutputFormat {
  /** One EventRecord per line in SCHEMA.md's contract. */
  JSONL,
  /** One pretty-printed JSON array. */
  JSON,
  /** A readable terminal view; not for machines. */
  TABLE;

  public EventWriter writerTo(PrintWriter out) {
    return switch (this) {
      case JSONL -> new JsonlEventWriter(out);
      case JSON -> new JsonArrayEventWriter(out);
      case TABLE -> new TableEventWriter(out);
    };
  }
}
