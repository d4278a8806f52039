package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.TestEvents.IS;
import static org.sitrep.store.TestEvents.SDF;
import static org.sitrep.store.TestEvents.event;
import static org.sitrep.store.TestEvents.town;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Location;
import org.sitrep.text.Document;

/** The store's contract, run against a real SQLite file and a real PostgreSQL server. */
class EventStoreTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2017-06-19T08:00:00Z"), ZoneOffset.UTC);
  static final Location RAQQA = town("Raqqa", 35.95283, 39.00788);
  static final Location RAQQA_STADIUM = new Location("Raqqa stadium", 35.9601, 39.0132, null, "SY", "Ar-Raqqah", "point");
  static final Location DEIR = town("Deir ez-Zor", 35.33588, 40.14084);

  @TempDir Path tmp;

  static List<Dialect> dialects() {
    return StoreTarget.dialects();
  }

  static Document doc(String id, String outlet, String text) {
    return new Document(id, LocalDate.parse("2017-06-18"), "Roundup " + id, "https://example.org/" + id, outlet, text);
  }

  static AddResult add(EventStore store, Document d, EventRecord... events) {
    return store.add(new StoredDocument(d, ContentHash.of(d.text()), "test:" + d.id()), List.of(events));
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void linksTwoOutletsReportsOfOneAttackAndKeepsBothClaims(Dialect dialect) {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), CLOCK)) {
      String sdfSays = "The SDF said it killed 312 Islamic State fighters in Raqqa on Saturday.";
      Document a = doc("raqqa-post-1", "Raqqa Post", "RAQQA, June 18. " + sdfSays + " Fighting went on.");
      String sohrSays = "The Syrian Observatory for Human Rights said 250 fighters died in the battle for Raqqa.";
      Document b = doc("levant-wire-7", "Levant Wire", "BEIRUT (Levant Wire) - " + sohrSays);

      add(store, a, event(a, sdfSays, "Battles", "Armed clash", SDF, IS, RAQQA, "2017-06-17", 312,
          "Syrian Democratic Forces", "claimed"));
      AddResult second = add(store, b, event(b, sohrSays, "Battles", "Armed clash", IS, SDF, RAQQA_STADIUM,
          "2017-06-17", 250, "Syrian Observatory for Human Rights", "reported"));

      assertThat(second.eventsLinked()).isEqualTo(1);
      assertThat(store.counts()).isEqualTo(new StoreCounts(2, 2, 1));
      StoredEvent linked = store.query(EventQuery.all()).items().get(0);
      assertThat(linked.sources()).isEqualTo(2);
      assertThat(linked.independentSources()).isEqualTo(2);
      assertThat(linked.event().fatalities()).as("ACLED: most conservative figure").isEqualTo(250);
      assertThat(linked.event().status()).isEqualTo("disputed");
      assertThat(linked.event().location().name()).as("most precise place").isEqualTo("Raqqa stadium");
      assertThat(linked.event().evidence()).extracting(e -> e.text()).containsExactlyInAnyOrder(sdfSays, sohrSays);

      EventDetail detail = store.event(linked.event().id()).orElseThrow();
      assertThat(detail.reports()).extracting(r -> r.doc().outlet(), r -> r.event().fatalities(),
              r -> r.event().attribution().get(0).source())
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("Raqqa Post", 312, "Syrian Democratic Forces"),
              org.assertj.core.groups.Tuple.tuple("Levant Wire", 250, "Syrian Observatory for Human Rights"));
      assertThat(detail.history()).singleElement().satisfies(h -> {
        assertThat(h.action()).isEqualTo("link");
        assertThat(h.reason()).contains("same type Battles").contains("km apart").contains("sides in the other order");
        assertThat(h.events()).hasSize(2);
      });
      for (SourceReport r : detail.reports()) {
        Document source = store.document(r.doc().id()).orElseThrow();
        r.event().evidence().forEach(ev -> assertThat(source.text().substring(ev.start(), ev.end())).isEqualTo(ev.text()));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void keepsApartEventsOfOtherTypePlaceOrDayAndReportsOfOneDocument(Dialect dialect) {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), CLOCK)) {
      String s1 = "Clashes in Raqqa killed 12.";
      String s2 = "An air strike on Raqqa killed 4.";
      String s3 = "Clashes in Deir ez-Zor killed 9.";
      String s4 = "Clashes in Raqqa on Monday killed 3.";
      Document a = doc("a", "Outlet A", s1 + " " + s2);
      Document b = doc("b", "Outlet B", s3 + " " + s4 + " " + s1);
      add(store, a,
          event(a, s1, "Battles", "Armed clash", SDF, IS, RAQQA, "2017-06-17", 12, null, "reported"),
          event(a, s2, "Explosions/Remote violence", "Air/drone strike", null, null, RAQQA, "2017-06-17", 4, null, "reported"));
      add(store, b,
          event(b, s3, "Battles", "Armed clash", SDF, IS, DEIR, "2017-06-17", 9, null, "reported"),
          event(b, s4, "Battles", "Armed clash", SDF, IS, RAQQA, "2017-06-12", 3, null, "reported"),
          event(b, s1, "Battles", "Armed clash", SDF, new org.sitrep.model.Actor("Syrian Arab Army", "state_forces", "SY"),
              RAQQA, "2017-06-17", 12, null, "reported"));
      assertThat(store.counts()).isEqualTo(new StoreCounts(2, 5, 5));
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void unlinkSplitsReportsAndRecordsTheReason(Dialect dialect) {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), CLOCK)) {
      String s = "Clashes in Raqqa killed 12.";
      Document a = doc("a", "Outlet A", s);
      Document b = doc("b", "Outlet B", s + " Residents fled.");
      add(store, a, event(a, s, "Battles", "Armed clash", SDF, IS, RAQQA, "2017-06-17", 12, null, "reported"));
      add(store, b, event(b, s, "Battles", "Armed clash", SDF, IS, RAQQA, "2017-06-17", 12, null, "reported"));
      EventDetail linked = store.event(store.query(EventQuery.all()).items().get(0).event().id()).orElseThrow();
      assertThat(linked.reports()).hasSize(2);
      assertThat(linked.summary().event().status()).isEqualTo("reported");
      String outletB = linked.reports().stream().filter(r -> r.doc().id().equals("b")).findFirst().orElseThrow().event().id();

      List<String> made = store.unlink(linked.summary().event().id(), List.of(outletB), "two different clashes that day");

      assertThat(made).hasSize(1);
      assertThat(store.counts()).isEqualTo(new StoreCounts(2, 2, 2));
      EventDetail after = store.event(linked.summary().event().id()).orElseThrow();
      assertThat(after.reports()).hasSize(1);
      assertThat(after.history()).extracting(LinkDecision::action).containsExactly("link", "unlink");
      assertThat(after.history().get(1).reason()).isEqualTo("two different clashes that day");
      assertThat(after.history().get(1).events()).containsExactly(outletB);
      EventDetail split = store.event(made.get(0)).orElseThrow();
      assertThat(split.reports()).extracting(r -> r.event().id()).containsExactly(outletB);
      assertThat(split.history().get(0).reason()).contains("two different clashes that day");
      assertThatThrownBy(() -> store.unlink(made.get(0), List.of(), "again"))
          .hasMessageContaining("single report");
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void aFailingDocumentLeavesNothingBehind(Dialect dialect) {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), CLOCK)) {
      String s = "Clashes in Raqqa killed 12.";
      Document a = doc("a", "Outlet A", s + " More.");
      EventRecord good = event(a, s, "Battles", "Armed clash", SDF, IS, RAQQA, "2017-06-17", 12, null, "reported");
      EventRecord noType = new EventRecord("x", null, null, null, "actual", null, null, null, null, null,
          org.sitrep.model.Counts.none(), List.of(), "reported", good.evidence());
      assertThatThrownBy(() -> add(store, a, good, noType)).isInstanceOf(StoreException.class);
      assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0));
      assertThat(store.findDocument(ContentHash.of(a.text()), a.url())).isEmpty();
      add(store, a, good);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1));
      assertThatThrownBy(() -> add(store, a, good)).isInstanceOf(DuplicateDocumentException.class);
      assertThat(store.counts()).isEqualTo(new StoreCounts(1, 1, 1));
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void queriesFilterByEveryCriterionAndPage(Dialect dialect) {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), CLOCK)) {
      String s1 = "Government forces shelled the old market in Raqqa.";
      String s2 = "Fighters ambushed a patrol near Deir ez-Zor.";
      String s3 = "Protesters gathered peacefully in Raqqa.";
      Document a = doc("a", "Outlet A", s1 + " " + s2 + " " + s3);
      add(store, a,
          event(a, s1, "Explosions/Remote violence", "Shelling/artillery/missile attack",
              new org.sitrep.model.Actor("Syrian Arab Army", "state_forces", "SY"), null, RAQQA, "2017-06-10", 5, null, "reported"),
          event(a, s2, "Battles", "Armed clash", IS, SDF, DEIR, "2017-06-15", 2, "Islamic State", "claimed"),
          event(a, s3, "Protests", "Peaceful protest", null, null, RAQQA, "2017-06-16", 0, null, "reported"));

      assertThat(ids(store, new EventQuery(null, null, null, null, null, null, null, null, null, 1, 50))).hasSize(3);
      assertThat(texts(store, q(LocalDate.parse("2017-06-14"), null, null, null, null, null, null, null)))
          .containsExactly(s3, s2);
      assertThat(texts(store, q(null, null, "Battles", null, null, null, null, null))).containsExactly(s2);
      assertThat(texts(store, q(null, null, null, "Peaceful protest", null, null, null, null))).containsExactly(s3);
      assertThat(texts(store, q(null, null, null, null, "syrian arab army", null, null, null))).containsExactly(s1);
      assertThat(texts(store, q(null, null, null, null, "Syrian Democratic Forces", null, null, null))).containsExactly(s2);
      assertThat(texts(store, q(null, null, null, null, null, "raqqa", null, null))).containsExactly(s3, s1);
      assertThat(texts(store, q(null, null, null, null, null, "SY", null, null))).hasSize(3);
      assertThat(texts(store, new EventQuery(null, null, null, null, null, null,
          EventQuery.BoundingBox.parse("39.5,35,40.5,36"), null, null, 1, 50))).containsExactly(s2);
      assertThat(texts(store, q(null, null, null, null, null, null, "claimed", null))).containsExactly(s2);
      assertThat(texts(store, q(null, null, null, null, null, null, null, "old market"))).containsExactly(s1);
      assertThat(texts(store, q(null, null, null, null, null, null, null, "ambushed patrol"))).containsExactly(s2);
      assertThat(texts(store, q(null, null, null, null, null, null, null, "\"market\" OR NEAR(x"))).isEmpty();

      EventPage page2 = store.query(EventQuery.all().withPage(2, 2));
      assertThat(page2.total()).isEqualTo(3);
      assertThat(page2.items()).hasSize(1);
      assertThat(page2.items().get(0).event().evidence().get(0).text()).isEqualTo(s1);

      assertThat(store.daily(EventQuery.all())).containsExactly(
          new DailyCount("2017-06-10", "Explosions/Remote violence", 1, 5),
          new DailyCount("2017-06-15", "Battles", 1, 2),
          new DailyCount("2017-06-16", "Protests", 1, 0));
      List<StoredEvent> all = new java.util.ArrayList<>();
      store.forEach(EventQuery.all(), all::add);
      assertThat(all).hasSize(3);
    }
  }

  static EventQuery q(LocalDate from, LocalDate to, String type, String subtype, String actor, String place,
      String status, String text) {
    return new EventQuery(from, to, type, subtype, actor, place, null, status, text, 1, 50);
  }

  static List<String> ids(EventStore store, EventQuery q) {
    return store.query(q).items().stream().map(e -> e.event().id()).toList();
  }

  static List<String> texts(EventStore store, EventQuery q) {
    return store.query(q).items().stream().map(e -> e.event().evidence().get(0).text()).toList();
  }
}
