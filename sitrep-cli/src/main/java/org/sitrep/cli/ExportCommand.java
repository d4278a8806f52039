package org.sitrep.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.Exporter;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export --format csv|geojson|jsonl}: every matching event, to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export events: csv (ACLED columns + status, sources, evidence), geojson or jsonl.")
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;
  @Mixin FilterOptions filters;

  @Option(names = "--format", required = true, description = "csv, geojson or jsonl")
  String format;

  @Option(names = {"-o", "--output"}, description = "file to write (default: standard output)")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat exportFormat = ExportFormat.parse(format);
    try (EventStore eventStore = store.open()) {
      long n;
      if (output == null) {
        OutputStream out = new BufferedOutputStream(System.out);
        n = Exporter.export(eventStore, filters.query(1, 1), exportFormat, out);
        out.flush();
      } else {
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
          n = Exporter.export(eventStore, filters.query(1, 1), exportFormat, out);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      spec.commandLine().getErr().println("exported " + n + " events as " + exportFormat.extension()
          + (output == null ? "" : " to " + output));
    }
    return 0;
  }
}
