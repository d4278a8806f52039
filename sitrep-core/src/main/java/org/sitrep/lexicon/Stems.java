package org.sitrep.lexicon;

import java.util.Locale;
import java.util.Map;

/**
 * A crude suffix stripper used only to decide which sentences are worth parsing: "shelled",
 * "shelling" and "shell" share a stem. Irregular forms common in conflict reporting are mapped
 * to their base first. Not a lemmatiser: the parser's lemmas decide the triggers themselves.
 */
public final class Stems {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("fought", "fight"),
      Map.entry("shot", "shoot"), Map.entry("struck", "strike"), Map.entry("fled", "flee"),
      Map.entry("met", "meet"), Map.entry("overran", "overrun"), Map.entry("seized", "seize"),
      Map.entry("slain", "kill"), Map.entry("held", "hold"), Map.entry("dead", "die"),
      Map.entry("deaths", "death"), Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"),
      Map.entry("blew", "blow"), Map.entry("blown", "blow"), Map.entry("hit", "hit"));

  private Stems() {}

  public static String of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    w = IRREGULAR.getOrDefault(w, w);
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "i";
    } else if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 4 && w.endsWith("es")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("y") && w.length() > 3) {
      w = w.substring(0, w.length() - 1) + "i";
    }
    return w;
  }
}
