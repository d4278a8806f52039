package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CASE-2021 task-2 scores over the snippets with an ACLED label. Weighted F1 is the mean of each
 * gold label's F1 weighted by its support (scikit-learn's "weighted" average); a label's precision
 * counts every prediction of it among the scored snippets.
 */
public record CaseReport(List<CaseEvaluator.Outcome> scored, int unscored, int unscoredWithEvent) {
  public CaseReport {
    scored = List.copyOf(scored);
  }

  /** Per gold label: support, precision, recall, F1. */
  public record LabelScore(String label, int support, double precision, double recall, double f1) {}

  public Map<String, LabelScore> perLabel() {
    Map<String, Long> support = scored.stream().collect(Collectors.groupingBy(o -> o.snippet().label(), Collectors.counting()));
    Map<String, Long> predicted = scored.stream().collect(Collectors.groupingBy(CaseEvaluator.Outcome::predicted, Collectors.counting()));
    Map<String, LabelScore> out = new TreeMap<>();
    for (Map.Entry<String, Long> e : support.entrySet()) {
      String label = e.getKey();
      long tp = scored.stream().filter(o -> o.correct() && o.predicted().equals(label)).count();
      long p = predicted.getOrDefault(label, 0L);
      double precision = p == 0 ? 0 : (double) tp / p;
      double recall = (double) tp / e.getValue();
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      out.put(label, new LabelScore(label, e.getValue().intValue(), precision, recall, f1));
    }
    return out;
  }

  public double weightedF1() {
    if (scored.isEmpty()) {
      return 0;
    }
    return perLabel().values().stream().mapToDouble(s -> s.f1() * s.support()).sum() / scored.size();
  }

  public double accuracy() {
    return scored.isEmpty() ? 0 : (double) scored.stream().filter(CaseEvaluator.Outcome::correct).count() / scored.size();
  }

  public int withEvent() {
    return (int) scored.stream().filter(o -> !o.predicted().equals(CaseEvaluator.NO_EVENT)).count();
  }

  /** "gold → predicted" for wrong predictions, with counts. */
  public Map<String, Long> confusions() {
    return scored.stream().filter(o -> !o.correct())
        .collect(Collectors.groupingBy(o -> o.snippet().label() + " → " + o.predicted(), TreeMap::new, Collectors.counting()));
  }
}
