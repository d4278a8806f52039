package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.EventRecord;
import org.sitrep.model.EventType;

/**
 * Scores extraction on CASE-2021 task 2 (dev set README): the first event by evidence offset is
 * the snippet's prediction, its sub-type mapped to the ACLED code ({@link EventType#code()});
 * scored over snippets whose label is an ACLED sub-type; a snippet without events predicts
 * {@link #NO_EVENT}, which is always wrong. Sitrep's own types (Diplomacy, Humanitarian) predict
 * "Type/Subtype", also never an ACLED label. Stateless and thread-safe.
 */
public final class CaseEvaluator {
  public static final String NO_EVENT = "NO_EVENT";

  /** One scored snippet: gold label and predicted label. */
  public record Outcome(CaseSnippet snippet, String predicted) {
    public boolean correct() {
      return snippet.label().equals(predicted);
    }
  }

  /** {@code eventsBySnippet} is keyed by {@link CaseSnippet#id()}; a missing key means no events. */
  public CaseReport evaluate(List<CaseSnippet> snippets, Map<String, List<EventRecord>> eventsBySnippet) {
    List<Outcome> scored = new ArrayList<>();
    int unscored = 0;
    int unscoredWithEvent = 0;
    for (CaseSnippet s : snippets) {
      String predicted = label(first(eventsBySnippet.getOrDefault(s.id(), List.of())));
      if (s.acledType().isPresent()) {
        scored.add(new Outcome(s, predicted));
      } else {
        unscored++;
        if (!predicted.equals(NO_EVENT)) {
          unscoredWithEvent++;
        }
      }
    }
    return new CaseReport(scored, unscored, unscoredWithEvent);
  }

  static Optional<EventRecord> first(List<EventRecord> events) {
    return events.stream().min(Comparator.comparingInt(FakesEvaluator::firstOffset));
  }

  static String label(Optional<EventRecord> event) {
    if (event.isEmpty()) {
      return NO_EVENT;
    }
    EventRecord e = event.get();
    Optional<EventType> type = e.type() == null || e.subtype() == null
        ? Optional.empty() : EventType.bySubtype(e.type(), e.subtype());
    return type.map(EventType::code).orElse(e.type() + "/" + e.subtype());
  }
}
