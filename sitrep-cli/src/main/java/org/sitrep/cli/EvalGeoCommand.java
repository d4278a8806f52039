package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.geo.DefaultGeoparser;
import org.sitrep.geo.GeoResolverEvaluator;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval-geo}: toponym recognition and resolution scores on an LGL-style corpus. */
@Command(
    name = "eval-geo",
    mixinStandardHelpOptions = true,
    description = "Score the geoparser on a corpus in the LGL XML form (Gritta et al.): recognition "
        + "P/R/F1, acc@161km, mean and median error.")
public final class EvalGeoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "CORPUS.xml", description = "The corpus, e.g. ../shared/eval/geo/lgl.xml.")
  private Path corpus;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "A gazetteer built by 'sitrep gazetteer import' instead of the bundled one.")
  private Path gazetteer;

  @Option(names = "--errors", paramLabel = "FILE",
      description = "Also write each error (FP, FN, FAR > 161 km) as a tab-separated line to FILE.")
  private Path errors;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(corpus)) {
      throw new IllegalArgumentException(corpus + ": no such file");
    }
    var articles = GeoResolverEvaluator.readCorpus(corpus);
    long t0 = System.nanoTime();
    DefaultGeoparser geoparser =
        gazetteer == null ? DefaultGeoparser.createDefault() : DefaultGeoparser.withGazetteer(gazetteer);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    java.util.List<String> errorLines = new java.util.ArrayList<>();
    var report = GeoResolverEvaluator.evaluate(articles, new CoreNlpAnnotator(), geoparser, errorLines::add);
    if (errors != null) {
      try {
        Files.write(errors, errorLines, java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException ex) {
        throw new java.io.UncheckedIOException(errors + ": cannot write: " + ex.getMessage(), ex);
      }
    }
    var out = spec.commandLine().getOut();
    out.printf(java.util.Locale.ROOT, "corpus %s (gazetteer loaded in %.1f s)%n", corpus, loadSeconds);
    out.print(report.format());
    out.flush();
    return 0;
  }
}
