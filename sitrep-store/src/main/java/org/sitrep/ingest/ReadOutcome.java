package org.sitrep.ingest;

import java.util.Objects;
import org.sitrep.text.Document;

/** What reading one item of a source gave: a document, or a skip with its reason. */
public sealed interface ReadOutcome {
  /** Where it came from: a file, file and line, feed item or WARC record. */
  String origin();

  record Read(Document document, String origin) implements ReadOutcome {
    public Read {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(origin, "origin");
    }
  }

  record Skipped(String origin, String reason) implements ReadOutcome {
    public Skipped {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
