package org.sitrep.store;

/** The document's content hash or URL is stored already. */
public final class DuplicateDocumentException extends RuntimeException {
  public DuplicateDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
