package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.io.DocumentReader;
import org.sitrep.io.EventWriter;
import org.sitrep.io.InputFormat;
import org.sitrep.io.InputProblem;
import org.sitrep.io.OutputFormat;
import org.sitrep.io.ReadResult;
import org.sitrep.model.EventRecord;
import org.sitrep.pipeline.EventExtractor;
import org.sitrep.pipeline.SitrepPipeline;
import org.sitrep.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep extract}: reports in, events in SCHEMA.md's contract out. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract events from plain-text reports or document JSONL (SCHEMA.md).",
    footer = {"",
        "Exit status: 0 all input read; 1 some file, line or document was skipped (each is named on",
        "stderr, the rest is still extracted); 2 bad usage."})
public final class ExtractCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files or document JSONL files.")
  private List<Path> files;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date of plain-text files (JSONL lines carry their own). Without it,"
          + " relative dates resolve only against a dateline in the text.")
  private LocalDate published;

  @Option(names = "--input-format", paramLabel = "text|jsonl",
      description = "How to read FILEs. Default: jsonl for *.jsonl, text otherwise.")
  private InputFormat inputFormat;

  @Option(names = "--format", paramLabel = "jsonl|json|table", defaultValue = "jsonl",
      description = "Output: one event per line (default), a JSON array, or a readable table.")
  private OutputFormat format;

  @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "10",
      description = "Refuse documents larger than this many MB (default ${DEFAULT-VALUE}).")
  private int maxDocumentMb;

  private final Supplier<EventExtractor> extractorFactory;
  private EventExtractor extractor;

  public ExtractCommand() {
    this(SitrepPipeline::createDefault);
  }

  /** The extractor is built on the first readable document, so bad input never pays for loading it. */
  ExtractCommand(Supplier<EventExtractor> extractorFactory) {
    this.extractorFactory = extractorFactory;
  }

  @Override
  public Integer call() {
    if (maxDocumentMb < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-document-mb must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentReader reader = new DocumentReader(maxDocumentMb * 1024L * 1024L);
    EventWriter writer = format.writerTo(out);
    Map<String, Path> seenIds = new HashMap<>();
    int skipped = 0;
    for (Path file : files) {
      InputFormat fileFormat = inputFormat != null ? inputFormat : InputFormat.byExtension(file);
      ReadResult read = reader.read(file, fileFormat, published);
      for (InputProblem problem : read.problems()) {
        err.println("sitrep extract: " + problem.describe());
        skipped++;
      }
      for (Document doc : read.documents()) {
        Path earlier = seenIds.putIfAbsent(doc.id(), file);
        if (earlier != null) {
          err.println("sitrep extract: " + file + ": duplicate document id '" + doc.id()
              + "' (already read from " + earlier + "); skipped");
          skipped++;
          continue;
        }
        if (!extractAndWrite(file, doc, writer, err)) {
          skipped++;
        }
      }
      err.flush();
    }
    writer.finish();
    return skipped == 0 ? 0 : 1;
  }

  private boolean extractAndWrite(Path file, Document doc, EventWriter writer, PrintWriter err) {
    List<EventRecord> events;
    try {
      if (extractor == null) {
        extractor = extractorFactory.get();
      }
      events = extractor.extract(doc);
    } catch (RuntimeException e) {
      // One document's failure must not stop the batch; the message names it.
      err.println("sitrep extract: " + file + ": document '" + doc.id() + "': extraction failed: " + e);
      return false;
    }
    events.forEach(writer::write);
    return true;
  }
}
