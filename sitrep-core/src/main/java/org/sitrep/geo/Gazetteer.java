package org.sitrep.geo;

import java.util.List;
import java.util.Optional;

/**
 * Places by name. Names are compared as {@link NameKeys#key}s (case, diacritics and punctuation
 * folded). Implementations are immutable after construction and thread-safe.
 */
public interface Gazetteer {
  /** Places known under the name (primary or alternate); empty when none. */
  List<Place> lookup(String name);

  /**
   * Like {@link #lookup}, but when nothing matches exactly, places whose names are
   * transliteration variants ("Dayr az Zawr" for "Deir ez-Zor", see {@link NameKeys#skeleton}).
   */
  List<Place> lookupVariants(String name);

  /** A country's centroid (precision country) by ISO 3166-1 alpha-2 code or English name. */
  Optional<Place> country(String iso2OrName);

  /** A first-level division (precision region) of a country by name ("Idlib", "Idlib Governorate"). */
  Optional<Place> admin1(String countryIso2, String name);

  /** Number of places. */
  int size();
}
