package org.sitrep.cli;

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
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    // One-line errors for bad usage; stack traces only on SITREP_DEBUG.
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("sitrep: " + ex.getMessage());
          if (System.getenv("SITREP_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
          }
          return 2;
        });
    return cl.execute(args);
  }
}
