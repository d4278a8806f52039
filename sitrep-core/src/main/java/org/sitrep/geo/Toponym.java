package org.sitrep.geo;

import java.util.List;
import org.sitrep.text.CharSpan;

/**
 * A place name found in the text, before resolution: its span, its name key, the gazetteer places
 * it may denote, what kind of mention it is and how strongly its context marks it as a place.
 *
 * @param nameKey key of the name proper (without a division word: "idlib" for "Idlib province")
 * @param exact false when the candidates were found only as transliteration variants
 */
public record Toponym(
    CharSpan span,
    String text,
    String nameKey,
    List<Place> candidates,
    Kind kind,
    Cue cue,
    boolean exact) {
  public Toponym {
    candidates = List.copyOf(candidates);
  }

  /** What the mention is. */
  public enum Kind {
    /** A place name. */
    NAME,
    /** A name with a division word: "Rapides Parish", "Idlib province". */
    DIVISION,
    /** A country adjective or demonym: "Syrian", "Americans". */
    DEMONYM,
    /** A US state abbreviation after a town: the "La." of "Alexandria, La.". */
    STATE_ABBREVIATION,
    /** A street or road: "Main Street", "North Cooper Street"; never resolved (no candidates). */
    STREET
  }

  /** How strongly the words before the name mark it as a place. */
  public enum Cue {
    NONE,
    /** "in", "at", "from", "to"… */
    WEAK,
    /** "near", "outskirts of", "the town of", "east of"… */
    STRONG
  }
}
