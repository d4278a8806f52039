package org.sitrep.eval;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.EventRecord;

/** A gold event and the prediction paired with it, and which fields the prediction gets right. */
public record MatchedPair(GoldEvent gold, EventRecord predicted, Set<Field> correctFields) {
  public MatchedPair {
    correctFields = Set.copyOf(correctFields);
  }

  static MatchedPair of(GoldEvent gold, EventRecord predicted) {
    return new MatchedPair(gold, predicted, agreeing(gold, predicted));
  }

  static Set<Field> agreeing(GoldEvent gold, EventRecord predicted) {
    EventRecord g = gold.event();
    Set<Field> ok = EnumSet.noneOf(Field.class);
    if (EventMatchRules.actorAgrees(g.actor1(), gold.actor1Aliases(), predicted.actor1())) {
      ok.add(Field.ACTOR1);
    }
    if (EventMatchRules.actorAgrees(g.actor2(), gold.actor2Aliases(), predicted.actor2())) {
      ok.add(Field.ACTOR2);
    }
    if (Objects.equals(g.fatalities(), predicted.fatalities())) {
      ok.add(Field.FATALITIES);
    }
    if (EventMatchRules.dateStartAgrees(g.date(), predicted.date())) {
      ok.add(Field.DATE_START);
    }
    if (EventMatchRules.locationAccurate(g.location(), predicted.location())) {
      ok.add(Field.LOCATION);
    }
    if (Objects.equals(g.status(), predicted.status())) {
      ok.add(Field.STATUS);
    }
    return ok;
  }
}
