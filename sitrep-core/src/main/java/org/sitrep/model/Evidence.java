package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Offsets in UTF-16 code units into the document text; {@code text} equals that substring. */
@JsonPropertyOrder({"doc", "start", "end", "text"})
public record Evidence(String doc, int start, int end, String text) {}
