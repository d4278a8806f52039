package org.sitrep.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.EventRecord;

/**
 * The outcome of scoring predictions against gold. Precision counts predictions matched to
 * non-optional gold over those plus the spurious ones (predictions matched to optional gold count
 * neither way); recall counts matched non-optional gold over all non-optional gold. Field
 * accuracies are over every matched pair, optional gold included. Ratios with a zero denominator
 * are 0.
 */
public record EvaluationReport(
    int requiredGold,
    int optionalGold,
    int predictions,
    List<MatchedPair> matches,
    List<GoldEvent> missed,
    List<EventRecord> spurious) {
  public EvaluationReport {
    matches = List.copyOf(matches);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  public int matchedRequired() {
    return (int) matches.stream().filter(m -> !m.gold().optional()).count();
  }

  public int matchedOptional() {
    return matches.size() - matchedRequired();
  }

  public double precision() {
    int denominator = matchedRequired() + spurious.size();
    return denominator == 0 ? 0 : (double) matchedRequired() / denominator;
  }

  public double recall() {
    return requiredGold == 0 ? 0 : (double) matchedRequired() / requiredGold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Map<Field, FieldAccuracy> fieldAccuracy() {
    Map<Field, FieldAccuracy> out = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      int correct = (int) matches.stream().filter(m -> m.correctFields().contains(f)).count();
      out.put(f, new FieldAccuracy(correct, matches.size()));
    }
    return out;
  }
}
