package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonPropertyOrder({"id", "published", "title", "url", "outlet"})
public record DocRef(String id, String published, String title, String url, String outlet) {}
