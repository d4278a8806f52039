package org.sitrep.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lexicon.Resources;

/**
 * A town that names a road ("the Castello road", "the Beirut highway") says where the road
 * leads, not where an event on it happened: when that town lies outside the document's focus
 * country, the road runs from the story's country towards it (or the name was read as a
 * namesake abroad), and the event stays with the story's own places. A town of the focus country
 * that names a road ("fighting on the Aleppo road") is kept: it is near enough. Road words: {@code
 * road-words.txt}, loaded once. Immutable and thread-safe.
 */
final class RoadDestinations {
  private final Set<String> roadWords;

  private RoadDestinations(Set<String> roadWords) {
    this.roadWords = roadWords;
  }

  static RoadDestinations load() {
    return new RoadDestinations(Resources.lines(RoadDestinations.class, "road-words.txt").stream()
        .map(l -> l.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Whether {@code p} names a road to a place abroad: its town lies outside {@code focusCountry}
   * (null: unknown, never) and a lower-case road word follows it ("Castello road", not "Castello
   * Road", which names a street).
   */
  boolean leadsAbroad(String text, PlaceMention p, String focusCountry) {
    if (focusCountry == null || p.place() == null || p.isDemonym() || p.place().country() == null
        || focusCountry.equals(p.place().country()) || "country".equals(p.place().precision())) {
      return false;
    }
    int from = p.span().end();
    if (from >= text.length() || text.charAt(from) != ' ') {
      return false;
    }
    int to = from + 1;
    while (to < text.length() && Character.isLetter(text.charAt(to))) {
      to++;
    }
    String word = text.substring(from + 1, to);
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && roadWords.contains(word);
  }
}
