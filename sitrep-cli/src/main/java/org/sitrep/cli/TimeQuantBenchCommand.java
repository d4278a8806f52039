package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.quantity.RuleCasualtyCounter;
import org.sitrep.text.CharSpan;
import org.sitrep.time.RuleTimeRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep bench-timequant FILE...}: throughput of the time recognizer and the casualty
 * counter in tokens per second, after loading and a warm-up; splitting is done once, untimed.
 */
@Command(name = "bench-timequant", mixinStandardHelpOptions = true,
    description = "Measure tokens per second of the time recognizer and the casualty counter.")
public final class TimeQuantBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files")
  List<Path> files;

  @Option(names = "--rounds", defaultValue = "200", description = "timed passes over the input (default 200)")
  int rounds;

  @Spec CommandSpec spec;

  private record Doc(String text, List<Sentence> sentences) {}

  @Override
  public Integer call() throws IOException {
    if (rounds < 1) {
      spec.commandLine().getErr().println("sitrep bench-timequant: --rounds must be at least 1");
      return 2;
    }
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    List<Doc> docs = new java.util.ArrayList<>();
    long tokens = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      List<Sentence> s = annotator.split(text, new CharSpan(0, text.length()));
      docs.add(new Doc(text, s));
      tokens += s.stream().mapToLong(x -> x.tokens().size()).sum();
    }
    RuleTimeRecognizer times = RuleTimeRecognizer.load();
    RuleCasualtyCounter counts = RuleCasualtyCounter.load();
    LocalDate published = LocalDate.of(2017, 6, 18);
    long sink = 0;
    for (int warm = 0; warm < Math.max(20, rounds / 5); warm++) {
      sink += pass(docs, times, counts, published, true) + pass(docs, times, counts, published, false);
    }
    // Wall time on a shared machine counts other processes' turns; thread CPU time does not.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = cpu.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) {
      sink += pass(docs, times, counts, published, true);
    }
    long t1 = System.nanoTime();
    long c1 = cpu.getCurrentThreadCpuTime();
    for (int r = 0; r < rounds; r++) {
      sink += pass(docs, times, counts, published, false);
    }
    long t2 = System.nanoTime();
    long c2 = cpu.getCurrentThreadCpuTime();
    PrintWriter out = spec.commandLine().getOut();
    double work = tokens * (double) rounds;
    out.printf(java.util.Locale.ROOT, "tokens per pass: %d, rounds: %d (mentions seen: %d)%n", tokens, rounds, sink);
    out.printf(java.util.Locale.ROOT, "time recognizer:  %.0f tokens/s wall, %.0f tokens/s of thread CPU%n",
        work / ((t1 - t0) / 1e9), work / ((c1 - c0) / 1e9));
    out.printf(java.util.Locale.ROOT, "casualty counter: %.0f tokens/s wall, %.0f tokens/s of thread CPU%n",
        work / ((t2 - t1) / 1e9), work / ((c2 - c1) / 1e9));
    out.flush();
    return 0;
  }

  private static long pass(List<Doc> docs, RuleTimeRecognizer times, RuleCasualtyCounter counts,
      LocalDate published, boolean time) {
    long n = 0;
    for (Doc d : docs) {
      for (Sentence s : d.sentences()) {
        n += time ? times.recognize(d.text(), s, published).size() : counts.count(d.text(), s).size();
      }
    }
    return n;
  }
}
