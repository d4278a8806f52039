package org.sitrep.geo;

import java.util.List;

/**
 * One row of a Sitrep gazetteer file: a place and the name keys ({@link NameKeys#key}) it is found
 * under. {@code geonamesId} is null for entries not from GeoNames (first-level divisions taken
 * from country-state-city). {@code country} is empty for places across borders (continents).
 */
public record GazetteerEntry(
    Long geonamesId,
    String name,
    double lat,
    double lon,
    String feature,
    String country,
    String admin1,
    long population,
    List<String> keys) {
  public GazetteerEntry {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("gazetteer entry without a name");
    }
    if (feature == null || country == null) {
      throw new IllegalArgumentException("gazetteer entry " + name + " lacks feature or country");
    }
    keys = List.copyOf(keys);
  }

  /** SCHEMA.md location precision implied by a GeoNames feature code. */
  public static String precisionOf(String feature) {
    if (feature.startsWith("PCL") || feature.equals("TERR")) {
      return "country";
    }
    if (feature.equals("ADM1") || feature.equals("RGN") || feature.equals("CONT")) {
      return "region";
    }
    if (feature.startsWith("ADM")) {
      return "district";
    }
    if (feature.equals("PPLX")) {
      return "district"; // a section of a populated place: a neighbourhood or quarter
    }
    return "town";
  }

  public Place toPlace() {
    return new Place(
        name, lat, lon, geonamesId, country.isEmpty() ? null : country, admin1, feature,
        precisionOf(feature), population);
  }
}
