package org.sitrep.geo;

import org.sitrep.text.CharSpan;

/** A toponym in the text and the place it resolves to; {@code place} is null when unresolved. */
public record PlaceMention(CharSpan span, String text, Place place) {}
