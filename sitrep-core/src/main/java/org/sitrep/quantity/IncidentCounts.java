package org.sitrep.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.Sentence;
import org.sitrep.quantity.CasualtyMention.Category;

/**
 * Keeps a period's toll from passing for an incident's figure. A report that gives the killed of
 * an incident ("shelling killed nine people on Tuesday") and also a toll over a period or a war
 * ({@link PeriodTolls}: "Since Thursday the bombing has killed 44 civilians") has the killed and
 * wounded of the period toll's sentence dropped: ACLED codes incidents, and the total is none of
 * them. A report whose only figures are period tolls ("72 civilians killed over the past few
 * days") keeps them: the toll is its news. A campaign's days told without its deaths ("the
 * bombing continues for the 45th consecutive day") make the next sentence's figures in the perfect
 * ("At least 500 civilians have been killed") its toll. Immutable; thread-safe.
 */
public final class IncidentCounts {
  private final PeriodTolls periodTolls;

  public IncidentCounts(PeriodTolls periodTolls) {
    this.periodTolls = periodTolls;
  }

  private static boolean harm(CasualtyMention m) {
    return m.category() == Category.KILLED || m.category() == Category.WOUNDED;
  }

  /**
   * Killed and wounded told in a clause about an earlier incident ("The attack came a day after a
   * car bombing killed 100 people") or by a verb an adverb puts in the past ("troops who recently
   * killed 170 militants") belong to that incident, which the report only recalls.
   */
  private Map<Integer, List<CasualtyMention>> withoutEarlierIncidents(
      List<Sentence> sentences, Map<Integer, List<CasualtyMention>> counts) {
    Map<Integer, List<CasualtyMention>> out = null;
    for (Sentence s : sentences) {
      List<CasualtyMention> c = counts.getOrDefault(s.index(), List.of());
      if (c.isEmpty()) {
        continue;
      }
      int from = periodTolls.earlierIncidentFrom(s);
      boolean recalled = c.stream().anyMatch(m -> harm(m) && periodTolls.isRecalled(s, m.span()));
      if (from < 0 && !recalled) {
        continue;
      }
      if (out == null) {
        out = new HashMap<>(counts);
      }
      out.put(s.index(), c.stream().filter(m -> !harm(m)
          || (from < 0 || m.span().start() < from) && !periodTolls.isRecalled(s, m.span())).toList());
    }
    return out == null ? counts : out;
  }

  /**
   * Whether {@code previous} tells a campaign running over days without its deaths ("Shelling of
   * the city continues for the tenth consecutive day") and {@code s} gives the toll in the perfect
   * ("At least 400 civilians have been killed"): the figures are the period's.
   */
  private boolean carriesPeriod(Sentence previous, Sentence s) {
    return periodTolls.inPerfect(s) && periodTolls.opensPeriod(previous);
  }

  /**
   * The counts per sentence index without those of period tolls when some other sentence gives
   * an incident's killed; the input map is not changed.
   */
  public Map<Integer, List<CasualtyMention>> incidentsOnly(
      List<Sentence> sentences, Map<Integer, List<CasualtyMention>> counts) {
    counts = withoutEarlierIncidents(sentences, counts);
    Map<Integer, Boolean> period = new HashMap<>();
    boolean incidentKilled = false;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<CasualtyMention> c = counts.getOrDefault(s.index(), List.of());
      if (c.isEmpty()) {
        continue;
      }
      boolean p = periodTolls.isPeriodToll(s) || i > 0 && carriesPeriod(sentences.get(i - 1), s);
      period.put(s.index(), p);
      incidentKilled |= !p && c.stream().anyMatch(m -> m.category() == Category.KILLED);
    }
    final Map<Integer, List<CasualtyMention>> all = counts;
    if (!incidentKilled || !period.containsValue(true)) {
      return counts;
    }
    Map<Integer, List<CasualtyMention>> out = new HashMap<>(all);
    period.forEach((index, isPeriod) -> {
      if (isPeriod) {
        out.put(index, all.get(index).stream()
            .filter(m -> m.category() != Category.KILLED && m.category() != Category.WOUNDED).toList());
      }
    });
    return out;
  }
}
