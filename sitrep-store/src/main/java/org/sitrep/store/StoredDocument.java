package org.sitrep.store;

import java.util.Objects;
import org.sitrep.text.Document;

/**
 * A document ready to store: the document given to extraction, its content hash (the identity that
 * makes re-ingest idempotent) and where it was read from.
 */
public record StoredDocument(Document document, String contentHash, String origin) {
  public StoredDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(origin, "origin");
  }
}
