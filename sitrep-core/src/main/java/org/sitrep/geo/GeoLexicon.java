package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the extractor consults, loaded once from the geo package's resources: common
 * English words that are also place names, words that are never places, demonyms, kinds of
 * division, US state abbreviations, weekday and month names. Immutable; thread-safe.
 */
final class GeoLexicon {
  final Set<String> commonWords;
  final Set<String> notPlaces;
  final Set<String> titles;
  final Set<String> speechVerbs;
  final Set<String> mediaHeads;
  final Set<String> streetSuffixes;
  final Map<String, String> demonyms;
  final Set<String> divisionKinds;
  final Map<String, String> usStateAbbreviations;
  final Set<String> weekdays;
  final Set<String> months;

  private GeoLexicon() {
    commonWords = Set.copyOf(Lexicons.lines("common-words.txt"));
    notPlaces = Set.copyOf(Lexicons.lines("not-places.txt"));
    titles = Set.copyOf(Lexicons.lines("titles.txt"));
    speechVerbs = Set.copyOf(Lexicons.lines("speech-verbs.txt"));
    mediaHeads = Set.copyOf(Lexicons.lines("media-heads.txt"));
    streetSuffixes = Set.copyOf(Lexicons.lines("street-suffixes.txt"));
    Set<String> kinds = new java.util.HashSet<>(Lexicons.lines("admin-suffixes.txt"));
    // "Ohio Department", "Lansing State", "U.S. Division": these kinds follow other names more often
    kinds.removeAll(Set.of("state", "department", "division", "territory"));
    divisionKinds = Set.copyOf(kinds);
    Map<String, String> d = new HashMap<>();
    for (String[] p : Lexicons.pairs("demonyms.txt")) {
      String key = NameKeys.key(p[1]);
      d.put(key, p[0]);
      if (key.endsWith("an") || key.endsWith("i")) {
        d.put(key + "s", p[0]);
      }
    }
    demonyms = Map.copyOf(d);
    Map<String, String> us = new HashMap<>();
    for (String[] p : Lexicons.pairs("us-state-abbreviations.txt")) {
      us.put(p[0], p[1]);
    }
    usStateAbbreviations = Map.copyOf(us);
    Set<String> days = new java.util.HashSet<>();
    Set<String> mons = new java.util.HashSet<>();
    for (String[] p : Lexicons.pairs("calendar-words.txt")) {
      switch (p[0]) {
        case "weekday" -> days.add(p[1]);
        case "month" -> mons.add(p[1]);
        default -> throw new IllegalStateException(
            "org/sitrep/geo/calendar-words.txt: unknown kind '" + p[0] + "'");
      }
    }
    weekdays = Set.copyOf(days);
    months = Set.copyOf(mons);
  }

  private static final class Holder {
    static final GeoLexicon INSTANCE = new GeoLexicon();
  }

  static GeoLexicon get() {
    return Holder.INSTANCE;
  }
}
