package org.sitrep.geo;

import java.util.regex.Pattern;

/**
 * What may stand between two places of one list in running text: "Hasaka and Aleppo",
 * "Iraq, Syria", "Homs as well as Hama", "Idlib or Hama". Stateless; thread-safe.
 */
public final class PlaceLists {
  private static final Pattern GAP =
      Pattern.compile("[\\s,;]*(?:(?:and|&|as well as|or)[\\s,]*)?", Pattern.CASE_INSENSITIVE);

  private PlaceLists() {}

  /** Whether the text between two place names only joins them into a list. */
  public static boolean joins(String gap) {
    return GAP.matcher(gap).matches();
  }
}
