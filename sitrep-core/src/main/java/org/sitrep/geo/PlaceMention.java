package org.sitrep.geo;

import org.sitrep.text.CharSpan;

/**
 * A toponym in the text and the place it resolves to; {@code place} is null when unresolved.
 * {@code kind} tells a place name from a demonym ("Syrian"), which names a country but rarely
 * the location of an event.
 */
public record PlaceMention(CharSpan span, String text, Place place, Toponym.Kind kind) {
  public PlaceMention {
    if (kind == null) {
      throw new IllegalArgumentException("place mention without a kind");
    }
  }

  public PlaceMention(CharSpan span, String text, Place place) {
    this(span, text, place, Toponym.Kind.NAME);
  }

  public boolean isDemonym() {
    return kind == Toponym.Kind.DEMONYM;
  }
}
