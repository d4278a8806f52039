package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Who says so. stance: asserted, claimed, denied, hedged, disputed. */
@JsonPropertyOrder({"source", "verb", "stance"})
public record Attribution(String source, String verb, String stance) {}
