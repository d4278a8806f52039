package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.geo.GazetteerImporter;
import org.sitrep.geo.InMemoryGazetteer;
import org.sitrep.geo.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep gazetteer}: build a fuller gazetteer from GeoNames dumps; look names up. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Gazetteer tools.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class})
public final class GazetteerCommand {

  /** {@code sitrep gazetteer import}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Build a gazetteer from GeoNames dumps (allCountries.txt or .zip, a country file "
          + "like SY.txt; admin1CodesASCII.txt names first-level divisions) plus the bundled one.",
      footer = {"", "Use the result with --gazetteer FILE on geoparse and eval-geo.",
          "Exit status: 0 done; 1 some lines were skipped (each is named on stderr); 2 bad usage."})
  static final class Import implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DUMP", description = "GeoNames files.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
        description = "Where to write the gazetteer (gzip'd; e.g. syria.gazetteer.gz).")
    private Path output;

    @Option(names = "--no-bundled", description = "Leave the bundled gazetteer's places out.")
    private boolean noBundled;

    @Override
    public Integer call() {
      List<Path> dumps = new ArrayList<>();
      Map<String, String> admin1 = new java.util.HashMap<>();
      for (Path p : inputs) {
        if (!Files.isRegularFile(p)) {
          throw new IllegalArgumentException(p + ": no such file");
        }
        if (p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("admin1codes")) {
          admin1.putAll(GazetteerImporter.readAdmin1Codes(p));
        } else {
          dumps.add(p);
        }
      }
      if (dumps.isEmpty()) {
        throw new IllegalArgumentException("no GeoNames dump among " + inputs);
      }
      var err = spec.commandLine().getErr();
      int[] bad = {0};
      var result = GazetteerImporter.importDumps(
          dumps, admin1, noBundled ? List.of() : InMemoryGazetteer.bundledEntryList(), output,
          line -> {
            bad[0]++;
            err.println("sitrep gazetteer import: " + line + "; skipped");
          });
      spec.commandLine().getOut().printf(Locale.ROOT,
          "wrote %s: %d places (%d dump rows read, %d skipped)%n",
          output, result.entriesWritten(), result.dumpRows(), result.rowsSkipped());
      return bad[0] == 0 ? 0 : 1;
    }
  }

  /** {@code sitrep gazetteer lookup}. */
  @Command(name = "lookup", mixinStandardHelpOptions = true,
      description = "List the places a name may denote, biggest first (spelling variants included).")
  static final class Lookup implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "NAME") private String name;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "An imported gazetteer.")
    private Path gazetteer;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many (default ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
      InMemoryGazetteer g = gazetteer == null ? InMemoryGazetteer.bundled() : InMemoryGazetteer.load(gazetteer);
      List<Place> places = new ArrayList<>(g.lookupVariants(name));
      places.sort((a, b) -> Long.compare(b.population(), a.population()));
      var out = spec.commandLine().getOut();
      for (Place p : places.subList(0, Math.min(limit, places.size()))) {
        out.printf(Locale.ROOT, "%s\t%.5f\t%.5f\t%s\t%s\t%s\t%s\t%d\t%s%n", p.name(), p.lat(), p.lon(),
            p.geonamesId() == null ? "-" : p.geonamesId(), p.country() == null ? "-" : p.country(),
            p.admin1() == null ? "-" : p.admin1(), p.feature(), p.population(), p.precision());
      }
      return places.isEmpty() ? 1 : 0;
    }
  }
}
