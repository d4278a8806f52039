package org.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command: one subcommand per task. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "sitrep 0.1.0",
    description = "Conflict reports in, sourced structured events out.",
    subcommands = {
      // Register each task's command here, one per line.
      ActorsCommand.class,
      TimeQuantCommand.class,
      TimeQuantBenchCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      EvalFakesCommand.class,
      EvalCaseCommand.class,
      GeoparseCommand.class,
      EvalGeoCommand.class,
      GazetteerCommand.class,
      BenchCommand.class,
      IngestCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      UnlinkCommand.class,
      ServeCommand.class,
      BenchStoreCommand.class,
      DigestCommand.class,
      DemoCommand.class,
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs with UTF-8 stdout/stderr whatever the platform charset. */
  public static int run(String... args) {
    return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
  }

  /** Runs with the given outputs (tests capture them); flushes both before returning. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // One-line errors for bad usage; stack traces only on SITREP_DEBUG.
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("sitrep: " + ex.getMessage());
          if (System.getenv("SITREP_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
          }
          return 2;
        });
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
