package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sitrep.model.Actor;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

class EventEvaluatorPropertiesTest {
  private final EventEvaluator evaluator = new EventEvaluator();

  @Provide
  Arbitrary<EventRecord> events() {
    Arbitrary<EventType> type = Arbitraries.of(EventType.class);
    Arbitrary<Double> lat = Arbitraries.doubles().between(32, 37);
    Arbitrary<Double> lon = Arbitraries.doubles().between(35, 42);
    Arbitrary<Integer> day = Arbitraries.integers().between(0, 60);
    Arbitrary<Integer> dead = Arbitraries.integers().between(0, 50).injectNull(0.3);
    Arbitrary<String> actor = Arbitraries.of("Islamic State", "Syrian Democratic Forces", "Military Forces of Syria").injectNull(0.3);
    return Combinators.combine(type, lat, lon, day, dead, actor).as((t, la, lo, d, n, a) -> {
      String date = LocalDate.of(2021, 1, 1).plusDays(d).toString();
      return new EventRecord("e-" + t.ordinal() + "-" + d, new DocRef("doc", null, null, null, null), t.type(), t.subtype(),
          "actual", a == null ? null : new Actor(a, "rebel_group", null), null,
          new Location("p", la, lo, null, "SY", null, "town"), new EventDate(date, date, "day"), n, null,
          List.of(), "reported", List.of(new Evidence("doc", 0, 1, "x")));
    });
  }

  private static List<GoldEvent> asGold(List<EventRecord> events, boolean optional) {
    return events.stream().map(e -> new GoldEvent(e.id(), e, optional, List.of(), List.of(), List.of(), 50)).toList();
  }

  @Property(tries = 200)
  void goldScoredAgainstItselfIsPerfect(@ForAll @Size(max = 12) List<@From("events") EventRecord> events) {
    List<EventRecord> shuffled = new ArrayList<>(events);
    Collections.reverse(shuffled);
    EvaluationReport r = evaluator.evaluate(asGold(events, false), shuffled);
    assertThat(r.missed()).isEmpty();
    assertThat(r.spurious()).isEmpty();
    assertThat(r.matches()).hasSize(events.size());
    // Identical events may pair crosswise, but every field still agrees.
    assertThat(r.matches()).allSatisfy(m -> assertThat(m.correctFields()).containsExactlyInAnyOrder(Field.values()));
  }

  @Property(tries = 200)
  void eachEventIsPairedAtMostOnceAndCountsAddUp(@ForAll @Size(max = 10) List<@From("events") EventRecord> gold,
      @ForAll @Size(max = 10) List<@From("events") EventRecord> predicted, @ForAll boolean optional) {
    EvaluationReport r = evaluator.evaluate(asGold(gold, optional), predicted);
    assertThat(r.matches().stream().map(m -> System.identityHashCode(m.predicted())).distinct().count())
        .isEqualTo(r.matches().size());
    assertThat(r.matches().size() + r.spurious().size()).isEqualTo(predicted.size());
    assertThat(r.matchedRequired() + r.missed().size()).isEqualTo(r.requiredGold());
    assertThat(r.precision()).isBetween(0.0, 1.0);
    assertThat(r.f1()).isBetween(0.0, 1.0);
    if (optional) {
      assertThat(r.missed()).isEmpty();
    }
  }
}
