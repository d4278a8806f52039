package org.sitrep.geo;

/**
 * A gazetteer entry. {@code precision} is the SCHEMA.md location precision its feature implies
 * (town, district, region, country); {@code feature} is the GeoNames feature code (PPLA, ADM1…).
 * {@code geonamesId} is null for entries not taken from GeoNames (countries, first-level divisions
 * and US counties of the bundled gazetteer); {@code country} is null for places across borders
 * (continents, "Middle East"); {@code admin1} is null where unknown.
 */
public record Place(
    String name,
    double lat,
    double lon,
    Long geonamesId,
    String country,
    String admin1,
    String feature,
    String precision,
    long population) {
  /** Finer is higher: point 5, town 4, district 3, region 2, country 1, else 0. */
  public int precisionRank() {
    return switch (precision == null ? "" : precision) {
      case "point" -> 5;
      case "town" -> 4;
      case "district" -> 3;
      case "region" -> 2;
      case "country" -> 1;
      default -> 0;
    };
  }
}
