package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs {@link Main#run(PrintWriter, PrintWriter, String...)} and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().filter(l -> !l.startsWith("SLF4J")).toList();
  }
}
