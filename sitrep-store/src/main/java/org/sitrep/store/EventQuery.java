package org.sitrep.store;

import java.time.LocalDate;

/**
 * Filters over linked events; every field may be null (no filter). Dates select events whose date
 * interval overlaps [from, to]; {@code actor} matches actor1 or actor2 by name, {@code place} the
 * location's name, admin1 or ISO country, case-insensitively; {@code q} is full-text search over
 * the evidence, actors and place. Pages count from 1.
 */
public record EventQuery(
    LocalDate from,
    LocalDate to,
    String type,
    String subtype,
    String actor,
    String place,
    BoundingBox bbox,
    String status,
    String text,
    int page,
    int size) {
  public static final int MAX_SIZE = 1000;

  public EventQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1, got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", got " + size);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    if (status != null && !status.matches("reported|claimed|disputed")) {
      throw new IllegalArgumentException("status must be reported, claimed or disputed: " + status);
    }
    type = blankToNull(type);
    subtype = blankToNull(subtype);
    actor = blankToNull(actor);
    place = blankToNull(place);
    text = blankToNull(text);
  }

  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, null, null, 1, 50);
  }

  public EventQuery withPage(int newPage, int newSize) {
    return new EventQuery(from, to, type, subtype, actor, place, bbox, status, text, newPage, newSize);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** WGS84 box; minLon may exceed maxLon only across the antimeridian, which is not supported. */
  public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
      if (minLon > maxLon || minLat > maxLat || minLat < -90 || maxLat > 90 || minLon < -180
          || maxLon > 180) {
        throw new IllegalArgumentException(
            "bbox must be minLon,minLat,maxLon,maxLat within WGS84 bounds");
      }
    }

    public static BoundingBox parse(String s) {
      String[] parts = s.split(",");
      if (parts.length != 4) {
        throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat: " + s);
      }
      try {
        return new BoundingBox(
            Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
            Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox has a non-number: " + s, e);
      }
    }
  }
}
