package org.sitrep.eval;

import java.util.Locale;

/** The fields whose accuracy is measured on matched pairs (SCHEMA.md). */
public enum Field {
  ACTOR1, ACTOR2, FATALITIES, DATE_START, LOCATION, STATUS;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
