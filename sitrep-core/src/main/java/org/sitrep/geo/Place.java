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
    long population) {}
