package org.sitrep.link;

import java.util.Locale;

/**
 * Location precisions of SCHEMA.md, finest first, with how far apart two reports at that precision
 * may place one event. Country precision compares countries, not distances.
 */
public enum GeoPrecision {
  POINT(5), TOWN(15), DISTRICT(50), REGION(150), COUNTRY(Double.POSITIVE_INFINITY);

  private final double radiusKm;

  GeoPrecision(double radiusKm) {
    this.radiusKm = radiusKm;
  }

  public double radiusKm() {
    return radiusKm;
  }

  /** Unknown or missing precision is treated as the coarsest, so it never links more tightly. */
  public static GeoPrecision of(String wire) {
    if (wire == null) {
      return COUNTRY;
    }
    try {
      return valueOf(wire.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return COUNTRY;
    }
  }

  public static GeoPrecision coarser(GeoPrecision a, GeoPrecision b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
