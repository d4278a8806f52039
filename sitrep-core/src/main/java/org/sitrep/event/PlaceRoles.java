package org.sitrep.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lexicon.Resources;
import org.sitrep.nlp.ClauseStructure;

/**
 * Two ways a sentence names a place that is not where its event happened: the destination of
 * someone going there in a subordinate clause ("killed 32 rebels as they were entering Turkey",
 * verbs: {@code motion-destination-verbs.tsv}), and a country named together with another
 * ("the coalition fighting ISIS in Iraq and Syria"), which names a theatre of war, not a scene.
 * Loaded once; immutable and thread-safe.
 */
final class PlaceRoles {
  private static final Set<String> TO_MARKERS = Set.of("to", "towards", "toward", "into");
  private static final Set<String> SUBORDINATE = Set.of("advcl", "acl", "xcomp", "acl:relcl");
  /** What may stand between two countries of one coordination: "Iraq and Syria", "Syria, Iraq". */
  private final Set<String> byObject = new HashSet<>();
  private final Set<String> byTo = new HashSet<>();

  private PlaceRoles() {}

  private static final class Holder {
    static final PlaceRoles INSTANCE = load();
  }

  /** The roles read with the bundled verb list, loaded on first use. */
  static PlaceRoles get() {
    return Holder.INSTANCE;
  }

  static PlaceRoles load() {
    PlaceRoles roles = new PlaceRoles();
    for (String[] row : Resources.rows(PlaceRoles.class, "motion-destination-verbs.tsv", 2)) {
      switch (row[1].strip()) {
        case "obj" -> roles.byObject.add(row[0].strip());
        case "to" -> roles.byTo.add(row[0].strip());
        default -> throw new IllegalStateException(
            "motion-destination-verbs.tsv: unknown attachment '" + row[1] + "' for '" + row[0] + "'");
      }
    }
    return roles;
  }

  /**
   * Whether {@code token} (a place's head) is where someone was going in a clause subordinate to
   * another: the object of "entering", or "to"/"towards" after "fleeing"; never the main verb's
   * ("troops entered Raqqa" took Raqqa).
   */
  boolean isDestination(ClauseStructure tree, int token) {
    int verb = tree.head(token);
    if (verb < 0 || !SUBORDINATE.contains(tree.relation(verb))) {
      return false;
    }
    String lemma = tree.sentence().tokens().get(verb).base();
    String rel = tree.relation(token);
    if ("obj".equals(rel)) {
      return byObject.contains(lemma);
    }
    return "obl".equals(rel) && byTo.contains(lemma) && TO_MARKERS.contains(tree.caseMarker(token));
  }

  /** Whether a country is named in one coordination with another country of {@code places}. */
  static boolean inTheatre(String text, PlaceMention country, List<PlaceMention> places) {
    for (PlaceMention q : places) {
      if (q == country || q.place() == null || q.isDemonym() || !"country".equals(q.place().precision())
          || q.place().country() == null || q.place().country().equals(country.place().country())) {
        continue;
      }
      int from = Math.min(country.span().end(), q.span().end());
      int to = Math.max(country.span().start(), q.span().start());
      if (from <= to && to - from <= 8 && org.sitrep.geo.PlaceLists.joins(text.substring(from, to))) {
        return true;
      }
    }
    return false;
  }
}
