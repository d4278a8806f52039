package org.sitrep.eval;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.EventRecord;

/**
 * One event of a gold file (SCHEMA.md "Gold files"): the event in the output contract plus what
 * scoring needs: whether coding it is optional, other acceptable types, other acceptable actor
 * names, and how far a predicted place may lie (km, default {@link #DEFAULT_RADIUS_KM}).
 */
public record GoldEvent(
    String goldId,
    EventRecord event,
    boolean optional,
    List<String> typeAlt,
    List<String> actor1Aliases,
    List<String> actor2Aliases,
    double radiusKm) {
  public static final double DEFAULT_RADIUS_KM = 50;

  public GoldEvent {
    Objects.requireNonNull(event, "event");
    typeAlt = List.copyOf(typeAlt);
    actor1Aliases = List.copyOf(actor1Aliases);
    actor2Aliases = List.copyOf(actor2Aliases);
    if (!(radiusKm >= 0)) {
      throw new IllegalArgumentException("radius_km must be a non-negative number, got " + radiusKm);
    }
  }

  /** The gold id, else the event id, else "?": for reports only. */
  public String label() {
    return goldId != null ? goldId : event.id() != null ? event.id() : "?";
  }
}
