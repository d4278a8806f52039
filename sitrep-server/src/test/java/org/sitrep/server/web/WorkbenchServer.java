package org.sitrep.server.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.server.api.ApiServer;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;

/**
 * The real stack on a free loopback port: a SQLite file holding the sample corpus with its
 * reference events (stored through the store's own linking), the REST API and the web UI.
 */
final class WorkbenchServer implements AutoCloseable {
  static final Path SAMPLES = Path.of(System.getProperty("sitrep.samples.dir", "../samples"));
  final EventStore store;
  private final Javalin app;

  WorkbenchServer(Path dbFile) {
    store = EventStores.open(dbFile.toString(), Clock.fixed(Instant.parse("2025-03-10T06:00:00Z"), ZoneOffset.UTC));
    new SampleCorpus(SAMPLES).storeReference(store);
    app = WebUi.install(ApiServer.create(store), new StoreLinkedEvents(store));
    app.start("127.0.0.1", 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  List<EventDetail> linkedEvents() {
    List<String> ids = new ArrayList<>();
    store.forEach(EventQuery.all().withPage(1, EventQuery.MAX_SIZE), e -> ids.add(e.event().id()));
    return ids.stream().map(id -> store.event(id).orElseThrow()).toList();
  }

  /** The id of the linked event holding the report of {@code docId} located at {@code place}. */
  String linkedIdOf(String docId, String place) {
    return linkedEvents().stream()
        .filter(d -> d.reports().stream().anyMatch(r -> r.doc().id().equals(docId)
            && r.event().location() != null && place.equals(r.event().location().name())))
        .map(d -> d.summary().event().id())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no linked event for " + docId + " at " + place));
  }

  @Override
  public void close() {
    app.stop();
    store.close();
  }
}
