package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestListener;
import org.sitrep.ingest.IngestReport;
import org.sitrep.ingest.IngestService;
import org.sitrep.pipeline.SitrepPipeline;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep ingest SOURCE…}: files, folders, document JSONL, HTML, RSS/Atom files or URLs,
 * WARC files into the event record. Exit 0 when everything was read, 1 when some items were
 * skipped (each listed with its reason), 2 on a fatal error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read reports, extract their events and store and link them.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--max-file-mb", defaultValue = "20", description = "skip files larger than this (default: ${DEFAULT-VALUE})")
  int maxFileMb;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "file, folder, .jsonl, .html, feed file or URL, .warc")
  List<String> sources;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestReport report;
    try (EventStore eventStore = store.open()) {
      IngestService service = new IngestService(eventStore, SitrepPipeline.createDefault(), maxFileMb * 1024L * 1024L);
      report = service.ingest(sources, System.console() != null ? new ProgressBar(err) : IngestListener.NONE);
    }
    for (var skip : report.skips()) {
      err.println("skipped " + skip.origin() + ": " + skip.reason());
    }
    IngestReport.Counts c = report.counts();
    out.printf(Locale.ROOT, "documents read %d: stored %d, already stored %d; skipped %d; events stored %d (%d linked to other reports)%n",
        c.read(), c.stored(), c.alreadyStored(), c.skipped(), c.events(), c.linked());
    return report.skips().isEmpty() ? 0 : 1;
  }

  /** A one-line progress bar on the terminal, redrawn after each source item. */
  private static final class ProgressBar implements IngestListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;

    ProgressBar(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void itemDone(int done, int total, IngestReport.Counts c) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d sources · %d docs · %d skipped · %d events",
          "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, c.stored(), c.skipped(), c.events());
      if (done == total) {
        err.println();
      }
      err.flush();
    }
  }
}
