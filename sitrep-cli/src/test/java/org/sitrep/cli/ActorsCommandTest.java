package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ActorsCommandTest {
  @TempDir Path dir;

  @Test
  void listsMentionsAndSkipsUnreadableFiles() throws Exception {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "Moscow said the SDF advanced near Damascus.");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("actors", report.toString(), dir.resolve("missing.txt").toString());
    assertThat(out.toString().lines()).containsExactly(
        report + "\t0\t6\tMETONYM\tMoscow\tRussia\tgovernment\tRU",
        report + "\t16\t19\tDICTIONARY\tSDF\tSyrian Democratic Forces\trebel_group\tSY");
    assertThat(err.toString()).contains("missing.txt").contains("cannot read");
    assertThat(code).isEqualTo(1);
  }
}
