package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.EventRecord;

/**
 * Scores predicted events against gold events by SCHEMA.md's matching rules
 * ({@link EventMatchRules}). Pairs are chosen by an exact maximum-weight assignment whose weights
 * rank, in order: more matched non-optional gold, then more matched optional gold, then (only to
 * break ties, which SCHEMA.md leaves open) more agreeing fields. Pairing is done per document.
 * Stateless and thread-safe.
 */
public final class EventEvaluator {
  public EvaluationReport evaluate(List<GoldEvent> gold, List<EventRecord> predicted) {
    Map<String, List<GoldEvent>> goldByDoc = new LinkedHashMap<>();
    for (GoldEvent g : gold) {
      goldByDoc.computeIfAbsent(docId(g.event()), k -> new ArrayList<>()).add(g);
    }
    // Gold without a doc id is paired last, against whatever predictions are still free.
    List<GoldEvent> undocumented = goldByDoc.remove(null);
    if (undocumented != null) {
      goldByDoc.put(null, undocumented);
    }
    Set<EventRecord> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<MatchedPair> matches = new ArrayList<>();
    List<GoldEvent> missed = new ArrayList<>();
    for (Map.Entry<String, List<GoldEvent>> entry : goldByDoc.entrySet()) {
      String doc = entry.getKey();
      List<EventRecord> candidates = predicted.stream()
          .filter(p -> !used.contains(p))
          .filter(p -> doc == null || docId(p) == null || doc.equals(docId(p)))
          .toList();
      List<MatchedPair> pairs = pair(entry.getValue(), candidates);
      Set<GoldEvent> matchedGold = Collections.newSetFromMap(new IdentityHashMap<>());
      for (MatchedPair m : pairs) {
        matches.add(m);
        used.add(m.predicted());
        matchedGold.add(m.gold());
      }
      entry.getValue().stream().filter(g -> !g.optional() && !matchedGold.contains(g)).forEach(missed::add);
    }
    List<EventRecord> spurious = predicted.stream().filter(p -> !used.contains(p)).toList();
    int optional = (int) gold.stream().filter(GoldEvent::optional).count();
    return new EvaluationReport(gold.size() - optional, optional, predicted.size(), matches, missed, spurious);
  }

  private static List<MatchedPair> pair(List<GoldEvent> gold, List<EventRecord> predicted) {
    int n = Math.max(gold.size(), predicted.size());
    long fieldTier = (long) Field.values().length * n + 1;
    long optionalTier = fieldTier * (n + 1);
    long requiredTier = optionalTier * (n + 1);
    long[][] weight = new long[gold.size()][predicted.size()];
    for (int i = 0; i < gold.size(); i++) {
      GoldEvent g = gold.get(i);
      for (int j = 0; j < predicted.size(); j++) {
        if (EventMatchRules.matches(g, predicted.get(j))) {
          weight[i][j] = (g.optional() ? optionalTier : requiredTier)
              + MatchedPair.agreeing(g, predicted.get(j)).size();
        }
      }
    }
    int[] assignment = MaxWeightAssignment.solve(weight, predicted.size());
    List<MatchedPair> pairs = new ArrayList<>();
    for (int i = 0; i < assignment.length; i++) {
      if (assignment[i] >= 0) {
        pairs.add(MatchedPair.of(gold.get(i), predicted.get(assignment[i])));
      }
    }
    return pairs;
  }

  private static String docId(EventRecord e) {
    return e.doc() == null ? null : e.doc().id();
  }
}
