package org.sitrep.store;

import java.sql.SQLException;

/** A database failure, with what the store was doing. */
public final class StoreException extends RuntimeException {
  public StoreException(String doing, SQLException cause) {
    super(doing + ": " + cause.getMessage(), cause);
  }
}
