package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where an event happened. {@code precision}: point, town, district, region, country. */
@JsonPropertyOrder({"name", "lat", "lon", "geonames_id", "country", "admin1", "precision"})
public record Location(
    String name,
    Double lat,
    Double lon,
    @com.fasterxml.jackson.annotation.JsonProperty("geonames_id") Long geonamesId,
    String country,
    String admin1,
    String precision) {}
