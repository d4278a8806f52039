package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.io.DocumentReader;
import org.sitrep.io.InputFormat;
import org.sitrep.io.ReadResult;
import org.sitrep.nlp.corenlp.CoreNlpNerBaseline;
import org.sitrep.pipeline.EventExtractor;
import org.sitrep.pipeline.SitrepPipeline;
import org.sitrep.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench PATH}: extraction throughput against a plain CoreNLP NER pipeline on the
 * same text in the same JVM. Both sides count work in CoreNLP tokenizer tokens; each side repeats
 * the documents until it has run at least {@code --seconds}. Timings use the wall clock: this is
 * a benchmark command, not a stage.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure extraction speed (tokens/s) against CoreNLP tokenize,ssplit,pos,lemma,ner.",
    footer = {"", "Exit status: 0 measured; 1 some input was skipped (named on stderr) or none was readable."})
public final class BenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "A text or document-JSONL file, or a folder of them.")
  private Path path;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "20",
      description = "Run each side at least this long (default ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of plain-text files.")
  private LocalDate published;

  @Option(names = "--skip-baseline", description = "Measure only Sitrep's pipeline.")
  private boolean skipBaseline;

  /** What one side measured. */
  private record Run(String name, double loadSeconds, double firstPassSeconds, long passes, long tokens,
      double seconds, long heapAfterLoad, long heapAfterFirstPass) {
    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (seconds < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--seconds must be at least 1");
    }
    List<Document> documents = new ArrayList<>();
    int skipped = 0;
    DocumentReader reader = new DocumentReader();
    for (Path file : inputs()) {
      ReadResult r = reader.read(file, InputFormat.byExtension(file), published);
      r.problems().forEach(p -> err.println("sitrep bench: " + p.describe()));
      skipped += r.problems().size();
      documents.addAll(r.documents());
    }
    if (documents.isEmpty()) {
      err.println("sitrep bench: " + path + ": no readable documents");
      return 1;
    }
    long tokensPerPass = documents.stream().mapToLong(d -> CoreNlpNerBaseline.countTokens(d.text())).sum();
    out.printf(Locale.ROOT, "bench: %d documents, %d tokens per pass (CoreNLP tokenizer), each side runs >= %d s%n",
        documents.size(), tokensPerPass, seconds);
    out.flush();

    long start = System.nanoTime();
    EventExtractor extractor = SitrepPipeline.createDefault();
    double load = elapsed(start);
    Run sitrep = measure("extract", load, documents, tokensPerPass, d -> extractor.extract(d).size());
    print(out, sitrep);
    if (skipBaseline) {
      return skipped == 0 ? 0 : 1;
    }
    start = System.nanoTime();
    CoreNlpNerBaseline baseline = new CoreNlpNerBaseline();
    load = elapsed(start);
    Run ner = measure("corenlp-ner", load, documents, tokensPerPass, d -> baseline.annotate(d.text()));
    print(out, ner);
    out.printf(Locale.ROOT, "ratio: extract runs at %.2fx the speed of corenlp-ner%n",
        sitrep.tokensPerSecond() / ner.tokensPerSecond());
    out.flush();
    return skipped == 0 ? 0 : 1;
  }

  private Run measure(String name, double load, List<Document> documents, long tokensPerPass,
      Function<Document, Integer> work) {
    long heap = heapUsed();
    // The first pass pays for lazy loading (models, caches): reported apart, not in the rate.
    long start = System.nanoTime();
    long sink = 0;
    for (Document d : documents) {
      sink += work.apply(d);
    }
    double firstPass = elapsed(start);
    long heapAfterFirstPass = heapUsed();
    start = System.nanoTime();
    long passes = 0;
    do {
      for (Document d : documents) {
        sink += work.apply(d);
      }
      passes++;
    } while (elapsed(start) < seconds);
    double took = elapsed(start);
    if (sink < 0) {
      throw new IllegalStateException("unreachable: keeps the work observable");
    }
    return new Run(name, load, firstPass, passes, passes * tokensPerPass, took, heap, heapAfterFirstPass);
  }

  private static void print(PrintWriter out, Run r) {
    out.printf(Locale.ROOT, "%s: %.0f tokens/s  (%d passes, %d tokens in %.1f s after a first pass of %.1f s;"
        + " load %.1f s; heap used after load %d MB, after the first pass %d MB)%n", r.name(),
        r.tokensPerSecond(), r.passes(), r.tokens(), r.seconds(), r.firstPassSeconds(), r.loadSeconds(),
        r.heapAfterLoad() >> 20, r.heapAfterFirstPass() >> 20);
    out.flush();
  }

  private List<Path> inputs() throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
  }

  private static double elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long heapUsed() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
