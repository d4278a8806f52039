package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.eval.FakesCsv;
import org.sitrep.eval.FakesEvaluator;
import org.sitrep.eval.FakesReport;
import org.sitrep.eval.FieldAccuracy;
import org.sitrep.eval.SyrianGovernorates;
import org.sitrep.io.DelimitedTable;
import org.sitrep.model.EventRecord;
import org.sitrep.pipeline.EventExtractor;
import org.sitrep.pipeline.SitrepPipeline;
import org.sitrep.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval-fakes FILE}: extraction scored on FA-KES articles. */
@Command(
    name = "eval-fakes",
    mixinStandardHelpOptions = true,
    description = "Score extraction on FA-KES articles (CSV): governorate, fatalities, cause → type.",
    footer = {"", "Exit status: 0 scored; 1 rows or documents were skipped (named on stderr) or FILE is unreadable."})
public final class EvalFakesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "FA-KES CSV (e.g. fakes-dev.csv).")
  private Path file;

  @Option(names = "--events-out", paramLabel = "JSONL",
      description = "Also write each item's extracted events (one line per item, keyed) for error analysis.")
  private Path eventsOut;

  private final Supplier<EventExtractor> extractorFactory;

  public EvalFakesCommand() {
    this(SitrepPipeline::createDefault);
  }

  EvalFakesCommand(Supplier<EventExtractor> extractorFactory) {
    this.extractorFactory = extractorFactory;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FakesCsv.Result read;
    try {
      read = FakesCsv.read(file);
    } catch (DelimitedTable.UnreadableException e) {
      err.println("sitrep eval-fakes: " + e.problem().describe());
      return 1;
    }
    read.problems().forEach(p -> err.println("sitrep eval-fakes: " + p.describe()));
    Map<String, Document> documents = new LinkedHashMap<>();
    read.articles().forEach(a -> documents.put(a.key(), a.document()));
    DocumentBatch batch = new DocumentBatch("eval-fakes", err);
    var kept = batch.extractAndKeep(extractorFactory.get(), documents, eventsOut);
    if (kept.isEmpty()) {
      return 1;
    }
    Map<String, List<EventRecord>> events = kept.get();
    FakesReport report = new FakesEvaluator(SyrianGovernorates.get()).evaluate(read.articles(), events);
    print(report, out);
    return read.problems().isEmpty() && batch.failures() == 0 ? 0 : 1;
  }

  static void print(FakesReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "FA-KES: %d articles, %d with an event (scored: the event with the most fatalities)%n",
        r.articles(), r.withEvent());
    line(out, "governorate", r.governorate(), "location in the article's governorate");
    line(out, "fatalities", r.fatalities(), "exactly nb_civilians + nb_noncivilians");
    line(out, "type", r.type(), "shelling/explosion/chemical → Explosions/Remote violence,"
        + " execution → Violence against civilians");
    out.println("governorate errors (gold → predicted):");
    DocumentBatch.printTop(out, r.governorateConfusions(), 15);
    out.println("cause of death → predicted type:");
    DocumentBatch.printTop(out, r.causeToType(), 20);
    long over = r.outcomes().stream().filter(o -> o.event() != null && o.event().fatalities() != null
        && o.event().fatalities() > o.article().killed()).count();
    long under = r.outcomes().stream().filter(o -> o.event() != null && (o.event().fatalities() == null
        || o.event().fatalities() < o.article().killed())).count();
    out.printf(Locale.ROOT, "fatalities: %d over the annotated count, %d under or missing%n", over, under);
    out.flush();
  }

  private static void line(PrintWriter out, String name, FieldAccuracy a, String rule) {
    out.printf(Locale.ROOT, "  %-11s %.3f  (%d/%d)  %s%n", name, a.value(), a.correct(), a.total(), rule);
  }

}
