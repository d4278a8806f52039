package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.EventRecord;

/**
 * Scores extraction on FA-KES articles (dev set README): per article the event with the most
 * fatalities (ties: the earliest evidence) must lie in the article's governorate, report the
 * article's dead (civilians + non-civilians) exactly, and have the type its cause implies. An
 * article without events is wrong on every measure. Stateless and thread-safe.
 */
public final class FakesEvaluator {
  private final SyrianGovernorates governorates;

  public FakesEvaluator(SyrianGovernorates governorates) {
    this.governorates = governorates;
  }

  /** One article's outcome; {@code typeCorrect} is null when its cause is not scored. */
  public record ArticleOutcome(
      FakesArticle article, EventRecord event, String predictedGovernorate,
      boolean governorateCorrect, boolean fatalitiesCorrect, Boolean typeCorrect) {}

  /** {@code eventsByArticle} is keyed by {@link FakesArticle#key()}; a missing key means no events. */
  public FakesReport evaluate(List<FakesArticle> articles, Map<String, List<EventRecord>> eventsByArticle) {
    List<ArticleOutcome> outcomes = new ArrayList<>();
    for (FakesArticle a : articles) {
      EventRecord event = deadliest(eventsByArticle.getOrDefault(a.key(), List.of())).orElse(null);
      String governorate = event == null ? null : governorates.governorateOf(event.location()).orElse(null);
      boolean governorateOk = governorate != null && governorate.equals(a.governorate());
      boolean fatalitiesOk = event != null && Objects.equals(event.fatalities(), a.killed());
      Boolean typeOk = a.expectedType().map(t -> event != null && t.equals(event.type())).orElse(null);
      outcomes.add(new ArticleOutcome(a, event, governorate, governorateOk, fatalitiesOk, typeOk));
    }
    return new FakesReport(outcomes);
  }

  static Optional<EventRecord> deadliest(List<EventRecord> events) {
    Comparator<EventRecord> byDead = Comparator.comparingInt(e -> e.fatalities() == null ? -1 : e.fatalities());
    Comparator<EventRecord> earliestFirst = Comparator.comparingInt(FakesEvaluator::firstOffset).reversed();
    return events.stream().max(byDead.thenComparing(earliestFirst));
  }

  static int firstOffset(EventRecord e) {
    return e.evidence().stream().mapToInt(ev -> ev.start()).min().orElse(Integer.MAX_VALUE);
  }
}
