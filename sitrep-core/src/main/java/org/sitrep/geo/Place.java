package org.sitrep.geo;

/**
 * A gazetteer entry. {@code precision} is the SCHEMA.md location precision its feature implies
 * (town, district, region, country); {@code feature} is the GeoNames feature code (PPLA, ADM1…).
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
