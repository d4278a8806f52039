package org.sitrep.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.nlp.TokenSpan;

/** Type decisions that need no parse: which trigger leads a group, whose ground was taken. */
class TypeRulesTest {
  private static Trigger trigger(EventType type, int weight, int at) {
    return new Trigger(new TokenSpan(at, at + 1), at, new TriggerLexicon.Entry(List.of("w"), type, weight, Set.of()));
  }

  @Test
  void aCrowdsGenericFightIsARiotNotABattle() {
    Trigger clash = trigger(EventType.ARMED_CLASH, 2, 1);
    Trigger demonstrators = trigger(EventType.PEACEFUL_PROTEST, 2, 0);
    assertThat(SentenceEventExtractor.crowdInPlaceOfBattle(List.of(demonstrators, clash), clash)).isSameAs(demonstrators);
    // A named act (an air strike, weight 3) still leads; so does a fight with no crowd in it.
    Trigger strike = trigger(EventType.AIR_STRIKE, 3, 1);
    assertThat(SentenceEventExtractor.crowdInPlaceOfBattle(List.of(demonstrators, strike), strike)).isSameAs(strike);
    assertThat(SentenceEventExtractor.crowdInPlaceOfBattle(List.of(clash), clash)).isSameAs(clash);
  }

  @Test
  void groundLostByOneSideWentToTheOther() {
    Trigger pushedBack = trigger(EventType.NON_STATE_OVERTAKES_TERRITORY, 2, 3);
    Actor militants = new Actor("Al-Shabaab", "rebel_group", "SO");
    Actor army = new Actor("Somali military", "state_forces", "SO");
    assertThat(TypeRefiner.refine(pushedBack, null, militants, false, false, false, false, false))
        .isEqualTo(EventType.GOV_REGAINS_TERRITORY);
    assertThat(TypeRefiner.refine(pushedBack, null, army, false, false, false, false, false))
        .isEqualTo(EventType.NON_STATE_OVERTAKES_TERRITORY);
    assertThat(TypeRefiner.refine(pushedBack, army, militants, false, false, false, false, false))
        .isEqualTo(EventType.GOV_REGAINS_TERRITORY);
  }
}
