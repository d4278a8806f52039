package org.sitrep.ingest;

import java.time.Clock;
import java.util.List;
import org.sitrep.model.EventRecord;
import org.sitrep.pipeline.EventExtractor;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.text.Document;

/**
 * A real ingest process for the SIGKILL test: {@code IngestProcessMain DB PAUSE_MS SOURCE…} ingests
 * with {@link SentenceEventsExtractor}, pausing per document so that a kill lands mid-run, and
 * prints "ready" once the store is open.
 */
public final class IngestProcessMain {
  private IngestProcessMain() {}

  public static void main(String[] args) {
    long pauseMs = Long.parseLong(args[1]);
    EventExtractor sentences = new SentenceEventsExtractor();
    EventExtractor slow = (Document d) -> {
      List<EventRecord> events = sentences.extract(d);
      try {
        Thread.sleep(pauseMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return events;
    };
    try (EventStore store = EventStores.open(args[0], Clock.systemUTC())) {
      System.out.println("ready");
      System.out.flush();
      IngestReport report = new IngestService(store, slow, 1 << 20).ingest(List.of(args).subList(2, args.length),
          IngestListener.NONE);
      System.out.println("done " + report.counts());
    }
  }
}
