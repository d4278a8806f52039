package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * English keys for divisions named with local direction words: "nord kivu" also answers to
 * "north kivu", "sud ouest" to "south west" (data: {@code division-directions.tsv}). Only whole
 * words are replaced, the longest phrase first, once per name, and only variants of two words or
 * more are kept. Immutable; thread-safe.
 */
final class DivisionDirections {
  private record Mapping(String local, List<String> english) {}

  private static final List<Mapping> MAPPINGS = load();

  private DivisionDirections() {}

  private static List<Mapping> load() {
    List<Mapping> out = new ArrayList<>();
    for (String line : Lexicons.lines("division-directions.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("org/sitrep/geo/division-directions.tsv: bad line '" + line + "'");
      }
      out.add(new Mapping(f[0], List.of(f[1].split("\\|"))));
    }
    out.sort((a, b) -> Integer.compare(b.local().length(), a.local().length()));
    return List.copyOf(out);
  }

  /** The English variants of a division's key; empty when it has no local direction word. */
  static Set<String> englishKeys(String key) {
    String padded = " " + key + " ";
    Set<String> out = new LinkedHashSet<>();
    for (Mapping m : MAPPINGS) {
      int at = padded.indexOf(" " + m.local() + " ");
      if (at < 0) {
        continue;
      }
      for (String english : m.english()) {
        String variant = (padded.substring(0, at) + " " + english + " " + padded.substring(at + m.local().length() + 2)).strip();
        variant = variant.replaceAll(" +", " ");
        if (variant.indexOf(' ') > 0) {
          out.add(variant); // never a bare "north": Haiti's Nord would answer to "the North" of any report
        }
      }
      break;
    }
    return out;
  }
}
