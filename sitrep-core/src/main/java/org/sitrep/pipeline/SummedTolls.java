package org.sitrep.pipeline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.quantity.CasualtyMention;
import org.sitrep.quantity.CasualtyMention.Category;

/**
 * Keeps a figure a report gives for a list of places from passing for an incident in the first of
 * them. A sentence that gives one killed figure for places in different first-level divisions of a
 * country ("Attacks kill a woman, injure nine in Hasaka and Aleppo") sums what the report then
 * tells place by place; when another sentence gives the same killed figure in one of the listed
 * divisions ("A woman was killed when a landmine exploded in a village north of Aleppo"), the
 * deaths were that incident's alone, and the list sentence's killed and wounded are dropped: told
 * there, they would stand at the list's first place. A true sum (five killed "in Aleppo, Hama and
 * Damascus", two and three of them told apart) stays, and so does a figure split across the places
 * ("45 around Aleppo and 22 in Idlib": two killed figures). Stateless; thread-safe.
 */
final class SummedTolls {
  /** What may stand between two places of one list: commas, "and", "&", "as well as", "or". */
  private SummedTolls() {}

  /**
   * The counts per sentence index less the killed and wounded of list sentences whose deaths
   * another sentence places in one of the listed divisions; the input map is not changed.
   * {@code placesIn} holds each sentence's event places, by sentence index.
   */
  static Map<Integer, List<CasualtyMention>> incidentsOnly(
      String text, List<Sentence> sentences, Map<Integer, List<CasualtyMention>> counts,
      List<List<PlaceMention>> placesIn) {
    Map<Integer, Set<String>> lists = new HashMap<>();
    for (Sentence s : sentences) {
      if (killed(counts.get(s.index())).size() == 1) {
        Set<String> divisions = listedDivisions(text, placesIn.get(s.index()));
        if (!divisions.isEmpty()) {
          lists.put(s.index(), divisions);
        }
      }
    }
    if (lists.isEmpty()) {
      return counts;
    }
    Map<Integer, List<CasualtyMention>> out = new HashMap<>(counts);
    lists.forEach((index, divisions) -> {
      long n = killed(counts.get(index)).get(0).n();
      boolean toldInOne = sentences.stream().anyMatch(s -> !lists.containsKey(s.index())
          && killed(counts.get(s.index())).stream().anyMatch(m -> m.n() == n)
          && placesIn.get(s.index()).stream().anyMatch(p -> !p.isDemonym() && below(p.place())
              && divisions.contains(division(p.place()))));
      if (toldInOne) {
        out.put(index, counts.get(index).stream()
            .filter(m -> m.category() != Category.KILLED && m.category() != Category.WOUNDED).toList());
      }
    });
    return out;
  }

  private static List<CasualtyMention> killed(List<CasualtyMention> counts) {
    return counts == null ? List.of() : counts.stream().filter(m -> m.category() == Category.KILLED).toList();
  }

  /**
   * The first-level divisions ("SY/Aleppo") of places next to each other in a list ("Tartous, Homs
   * and Hasakeh", "Damascus Aleppo") when at least two of them differ, else none.
   */
  static Set<String> listedDivisions(String text, List<PlaceMention> places) {
    List<PlaceMention> named = places.stream()
        .filter(p -> !p.isDemonym() && below(p.place()) && p.place().admin1() != null)
        .sorted(Comparator.comparingInt(p -> p.span().start()))
        .toList();
    Set<String> listed = new HashSet<>();
    for (int i = 0; i + 1 < named.size(); i++) {
      Place a = named.get(i).place();
      Place b = named.get(i + 1).place();
      int gapStart = named.get(i).span().end();
      int gapEnd = named.get(i + 1).span().start();
      if (gapStart <= gapEnd && Objects.equals(a.country(), b.country())
          && org.sitrep.geo.PlaceLists.joins(text.substring(gapStart, gapEnd))) {
        listed.add(division(a));
        listed.add(division(b));
      }
    }
    return listed.size() >= 2 ? listed : Set.of();
  }

  private static String division(Place p) {
    return p.country() + "/" + p.admin1();
  }

  /** A place inside a country, finer than the country itself. */
  private static boolean below(Place p) {
    return p != null && p.country() != null && p.precisionRank() > 1;
  }
}
