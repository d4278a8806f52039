package org.sitrep.geo;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "the Mallah Farms in Aleppo", "Tal Hamid village in southern Idlib": a place the text itself puts
 * inside another. When the pick for the inner name is a small namesake in another division of the
 * same country, the text is right and the pick is wrong: a namesake inside the outer place takes
 * its stead, and failing one the inner name stays unresolved (the gazetteer lacks it), so that an
 * event there falls to the outer place. Well-known towns (a hundred thousand people or more) are
 * kept: "displaced from Homs in Aleppo" names two places. Stateless and thread-safe.
 */
final class PlaceInPlace {
  private static final long WELL_KNOWN = 100_000;
  /** "X in B", "X Farms in the southern B", "X camp in the countryside of B". */
  private static final Pattern IN_GAP = Pattern.compile(
      "\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+|(?:farms?|camp|district|neighbou?rhood|village|town|hills?|base|airport)\\s+){0,2}"
          + "in\\s+(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|rural)\\s+)?"
          + "(?:(?:countryside|outskirts|province|governorate|city)\\s+of\\s+)?");

  private PlaceInPlace() {}

  /**
   * The place for the inner name: {@code pick} when it fits, else its namesake inside {@code outer}
   * among {@code candidates}, else null (unresolved).
   */
  static Place within(String text, Toponym inner, Place pick, List<Place> candidates, Toponym outerName, Place outer) {
    if (pick == null || outer == null || !misplaced(pick, outer) || inner.span().end() > outerName.span().start()
        || !IN_GAP.matcher(text.substring(inner.span().end(), outerName.span().start())).matches()) {
      return pick;
    }
    for (Place c : candidates) {
      if (c.country() != null && c.country().equals(outer.country()) && outer.admin1().equals(c.admin1())
          && !c.precision().equals("region") && !c.precision().equals("country")) {
        return c;
      }
    }
    return null;
  }

  /** A small place of the outer place's country but in another of its divisions. */
  private static boolean misplaced(Place pick, Place outer) {
    return pick.country() != null && pick.country().equals(outer.country())
        && pick.admin1() != null && outer.admin1() != null && !pick.admin1().equals(outer.admin1())
        && !pick.precision().equals("country") && !pick.precision().equals("region")
        && !outer.precision().equals("country") && pick.population() < WELL_KNOWN;
  }
}
