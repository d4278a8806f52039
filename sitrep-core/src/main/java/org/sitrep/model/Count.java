package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonPropertyOrder({"actor", "n"})
public record Count(String actor, long n) {}
