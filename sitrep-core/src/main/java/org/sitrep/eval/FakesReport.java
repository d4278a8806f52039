package org.sitrep.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** FA-KES scores: counts over all articles (type over articles whose cause is scored). */
public record FakesReport(List<FakesEvaluator.ArticleOutcome> outcomes) {
  public FakesReport {
    outcomes = List.copyOf(outcomes);
  }

  public int articles() {
    return outcomes.size();
  }

  public int withEvent() {
    return (int) outcomes.stream().filter(o -> o.event() != null).count();
  }

  public FieldAccuracy governorate() {
    return new FieldAccuracy((int) outcomes.stream().filter(FakesEvaluator.ArticleOutcome::governorateCorrect).count(), articles());
  }

  public FieldAccuracy fatalities() {
    return new FieldAccuracy((int) outcomes.stream().filter(FakesEvaluator.ArticleOutcome::fatalitiesCorrect).count(), articles());
  }

  public FieldAccuracy type() {
    List<Boolean> scored = outcomes.stream().map(FakesEvaluator.ArticleOutcome::typeCorrect).filter(Objects::nonNull).toList();
    return new FieldAccuracy((int) scored.stream().filter(b -> b).count(), scored.size());
  }

  /** "gold → predicted" governorate pairs that disagree, with counts ("none" when no event or place). */
  public Map<String, Long> governorateConfusions() {
    return confusions(o -> o.article().governorate() + " → "
        + (o.predictedGovernorate() == null ? "none" : o.predictedGovernorate()), o -> !o.governorateCorrect());
  }

  /** "cause → predicted type" counts over every article. */
  public Map<String, Long> causeToType() {
    return confusions(o -> o.article().causeOfDeath() + " → " + (o.event() == null ? "no event" : o.event().type()), o -> true);
  }

  private Map<String, Long> confusions(Function<FakesEvaluator.ArticleOutcome, String> key,
      java.util.function.Predicate<FakesEvaluator.ArticleOutcome> which) {
    return outcomes.stream().filter(which).collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
  }
}
