package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.io.SitrepJson;
import org.sitrep.model.EventRecord;

class ExtractCommandTest {
  @TempDir Path dir;

  @Test
  void badFilesAreEachNamedOnOneLineAndTheExitCodeIsOne() throws Exception {
    Path missing = dir.resolve("missing.txt");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {1, 2, 0, 4});
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("extract", "--published", "2021-03-04", missing.toString(), dir.toString(),
        empty.toString(), binary.toString(), latin1.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).containsExactly(
        "sitrep extract: " + missing + ": no such file",
        "sitrep extract: " + dir + ": is a directory, expected a file",
        "sitrep extract: " + empty + ": is empty",
        "sitrep extract: " + binary + ": looks binary (NUL byte at byte offset 2), expected UTF-8 text",
        "sitrep extract: " + latin1 + ": is not valid UTF-8 (bad byte 0xE9 at byte offset 3)");
  }

  @Test
  void oversizedDocumentNamesTheLimit() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), "Shelling continued. ".repeat(60_000));
    CliRun run = CliRun.of("extract", "--max-document-mb", "1", big.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        "sitrep extract: " + big + ": is 1.1 MB; the limit for one document is 1.0 MB");
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(CliRun.of("extract", "--published", "2021-13-40", "x.txt").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("extract", "--format", "xml", "x.txt").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("extract").exitCode()).isEqualTo(2);
  }

  @Test
  void aBadJsonlLineIsSkippedAndTheRestIsExtracted() throws Exception {
    Path text = Files.writeString(dir.resolve("idlib-wire.txt"),
        "Government forces shelled the town of Maarat al-Numan in Idlib province on Tuesday, killing five"
            + " civilians, the Syrian Observatory for Human Rights said.\n");
    Path jsonl = Files.writeString(dir.resolve("batch.jsonl"),
        "{\"id\": \"j1\", \"published\": \"2021-03-04\", \"text\": \"Rebels seized two villages near Hama on Monday.\"}\n"
            + "{\"id\": \"j2\", \"text\": \n");
    CliRun run = CliRun.of("extract", "--published", "2021-03-04", text.toString(), jsonl.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("sitrep extract: " + jsonl + ":2: malformed JSON");
    for (String line : run.out().lines().toList()) {
      EventRecord e = SitrepJson.mapper().readValue(line, EventRecord.class);
      assertThat(e.doc().id()).isIn("idlib-wire", "j1");
      assertThat(e.evidence()).isNotEmpty();
    }
  }
}
