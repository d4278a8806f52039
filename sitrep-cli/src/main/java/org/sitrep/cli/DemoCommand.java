package org.sitrep.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.IngestService;
import org.sitrep.pipeline.SitrepPipeline;
import org.sitrep.server.api.ApiServer;
import org.sitrep.server.web.SampleCorpus;
import org.sitrep.server.web.StoreLinkedEvents;
import org.sitrep.server.web.WebUi;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep demo}: ingests the bundled sample corpus into an embedded SQLite file (again and
 * again without duplicates) and serves the API and the browser workbench over it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample corpus (samples/) into a SQLite file and serve the workbench.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", defaultValue = "sitrep.db", paramLabel = "FILE", description = "SQLite file (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--port", defaultValue = "7070", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR", description = "The sample corpus (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(names = "--reference-events",
      description = "Store the corpus's hand-coded events (samples/reference-events.jsonl) instead of running extraction.")
  boolean referenceEvents;

  @Override
  public Integer call() throws InterruptedException {
    SampleCorpus corpus = new SampleCorpus(samples);
    if (!Files.isRegularFile(corpus.reports())) {
      throw new IllegalArgumentException(corpus.reports() + ": no sample corpus here (run from the repository root or give --samples)");
    }
    var out = spec.commandLine().getOut();
    EventStore store = EventStores.open(db.toString(), Clock.systemUTC());
    try {
      if (referenceEvents) {
        out.println("demo: stored " + corpus.storeReference(store) + " new sample reports with their reference events");
      } else {
        IngestReport report = new IngestService(store, SitrepPipeline.createDefault(), 10L << 20)
            .ingest(List.of(corpus.reports().toString()), (done, total, counts) -> { });
        IngestReport.Counts c = report.counts();
        out.printf(Locale.ROOT, "demo: documents read %d: stored %d, already stored %d; skipped %d; events %d (%d linked)%n",
            c.read(), c.stored(), c.alreadyStored(), c.skipped(), c.events(), c.linked());
        report.skips().forEach(s -> spec.commandLine().getErr().println("demo: skipped " + s.origin() + ": " + s.reason()));
      }
      StoreCounts held = store.counts();
      out.printf(Locale.ROOT, "demo: the record holds %d documents, %d reports, %d linked events%n",
          held.documents(), held.reports(), held.linkedEvents());
      Javalin app = ApiServer.create(store);
      WebUi.install(app, new StoreLinkedEvents(store));
      app.start("127.0.0.1", port);
      out.println("Sitrep workbench: http://127.0.0.1:" + app.port() + "/  (Ctrl-C to stop)");
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        app.stop();
        store.close();
        stopped.countDown();
      }));
      stopped.await();
      return 0;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
