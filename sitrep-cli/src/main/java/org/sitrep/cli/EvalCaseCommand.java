package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.eval.CaseEvaluator;
import org.sitrep.eval.CaseReport;
import org.sitrep.eval.CaseTsv;
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

/** {@code sitrep eval-case FILE}: sub-type classification scored on CASE-2021 task-2 snippets. */
@Command(
    name = "eval-case",
    mixinStandardHelpOptions = true,
    description = "Score the first extracted event's sub-type on CASE-2021 task-2 snippets (TSV): weighted F1.",
    footer = {"", "Exit status: 0 scored; 1 rows or documents were skipped (named on stderr) or FILE is unreadable."})
public final class EvalCaseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "CASE-2021 task-2 TSV (id, EventSnippet, SubType).")
  private Path file;

  @Option(names = "--events-out", paramLabel = "JSONL",
      description = "Also write each item's extracted events (one line per item, keyed) for error analysis.")
  private Path eventsOut;

  private final Supplier<EventExtractor> extractorFactory;

  public EvalCaseCommand() {
    this(SitrepPipeline::createDefault);
  }

  EvalCaseCommand(Supplier<EventExtractor> extractorFactory) {
    this.extractorFactory = extractorFactory;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CaseTsv.Result read;
    try {
      read = CaseTsv.read(file);
    } catch (DelimitedTable.UnreadableException e) {
      err.println("sitrep eval-case: " + e.problem().describe());
      return 1;
    }
    read.problems().forEach(p -> err.println("sitrep eval-case: " + p.describe()));
    Map<String, Document> documents = new LinkedHashMap<>();
    read.snippets().forEach(s -> documents.put(s.id(), s.document()));
    DocumentBatch batch = new DocumentBatch("eval-case", err);
    var kept = batch.extractAndKeep(extractorFactory.get(), documents, eventsOut);
    if (kept.isEmpty()) {
      return 1;
    }
    Map<String, List<EventRecord>> events = kept.get();
    print(new CaseEvaluator().evaluate(read.snippets(), events), out);
    return read.problems().isEmpty() && batch.failures() == 0 ? 0 : 1;
  }

  static void print(CaseReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "CASE-2021 task 2: %d snippets with an ACLED label, %d with an event;"
        + " %d other snippets (%d with an event, not scored)%n",
        r.scored().size(), r.withEvent(), r.unscored(), r.unscoredWithEvent());
    out.printf(Locale.ROOT, "weighted F1 %.3f  accuracy %.3f  (first event by evidence offset; no event is wrong)%n",
        r.weightedF1(), r.accuracy());
    out.println("per label:  support  precision  recall  F1");
    r.perLabel().values().forEach(s -> out.printf(Locale.ROOT, "  %-30s %4d  %.3f  %.3f  %.3f%n",
        s.label(), s.support(), s.precision(), s.recall(), s.f1()));
    out.println("most frequent errors (gold → predicted):");
    DocumentBatch.printTop(out, r.confusions(), 20);
    out.flush();
  }
}
