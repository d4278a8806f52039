package org.sitrep.model;

import java.util.Locale;

/** The actor kinds of SCHEMA.md. */
public enum ActorKind {
  STATE_FORCES, REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA, GOVERNMENT, IGO, NGO, CIVILIANS,
  MEDIA, UNKNOWN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorKind fromWire(String s) {
    try {
      return valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown actor kind '" + s + "'", e);
    }
  }

  /** A state's own organs: its government and its forces. */
  public boolean isState() {
    return this == STATE_FORCES || this == GOVERNMENT;
  }

  /** Parties that fight: their reports of own success or enemy crimes are claims. */
  public boolean isArmedParty() {
    return this == STATE_FORCES || this == REBEL_GROUP || this == POLITICAL_MILITIA
        || this == IDENTITY_MILITIA || this == GOVERNMENT;
  }
}
