package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.text.Document;

class DocumentReaderTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 4);
  private static final String REPORT = "Rebels shelled the market in Al-Bab on Tuesday, killing four people.\n";

  @TempDir Path dir;
  private final DocumentReader reader = new DocumentReader();

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String onlyProblem(ReadResult r) {
    assertThat(r.documents()).isEmpty();
    assertThat(r.problems()).hasSize(1);
    return r.problems().get(0).describe();
  }

  @Test
  void readsATextFileAsOneDocumentNamedAfterTheFile() throws IOException {
    Path file = write("al-bab-2021-03-02.txt", "\uFEFF" + REPORT);
    ReadResult r = reader.readText(file, PUBLISHED);
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents()).containsExactly(Document.of("al-bab-2021-03-02", PUBLISHED, REPORT));
  }

  @Test
  void missingFileIsNamed() {
    Path file = dir.resolve("nope.txt");
    assertThat(onlyProblem(reader.readText(file, PUBLISHED))).isEqualTo(file + ": no such file");
  }

  @Test
  void directoryIsRefused() {
    assertThat(onlyProblem(reader.readText(dir, PUBLISHED))).isEqualTo(dir + ": is a directory, expected a file");
    assertThat(onlyProblem(reader.readJsonl(dir))).contains("is a directory");
  }

  @Test
  void binaryIsRefused() throws IOException {
    Path file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThat(onlyProblem(reader.readText(file, PUBLISHED)))
        .startsWith(file + ": looks binary (NUL byte at byte offset 4)");
    assertThat(onlyProblem(reader.readJsonl(file))).contains("looks binary");
  }

  @Test
  void nonUtf8IsRefusedWithTheOffset() throws IOException {
    byte[] latin1 = "Caf\u00e9 bombed".getBytes(StandardCharsets.ISO_8859_1);
    Path file = write("latin1.txt", latin1);
    assertThat(onlyProblem(reader.readText(file, PUBLISHED)))
        .isEqualTo(file + ": is not valid UTF-8 (bad byte 0xE9 at byte offset 3)");
  }

  @Test
  void emptyAndBlankFilesAreRefused() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \n\t\n");
    assertThat(onlyProblem(reader.readText(empty, PUBLISHED))).isEqualTo(empty + ": is empty");
    assertThat(onlyProblem(reader.readText(blank, PUBLISHED))).contains("only whitespace");
    assertThat(onlyProblem(reader.readJsonl(empty))).contains("is empty");
  }

  @Test
  void oversizedTextIsRefusedNamingTheLimit() throws IOException {
    byte[] big = REPORT.repeat(50 * 1024 * 1024 / REPORT.length() + 1).getBytes(StandardCharsets.UTF_8);
    Path file = write("huge.txt", big);
    assertThat(onlyProblem(reader.readText(file, PUBLISHED)))
        .startsWith(file + ": is 50.0 MB; the limit for one document is 10.0 MB");
  }

  @Test
  void jsonlReadsGoodLinesAndReportsEachBadOneWithItsLine() throws IOException {
    String good1 = "{\"id\": \"a\", \"published\": \"2021-03-04\", \"title\": \"T\", \"url\": null, "
        + "\"outlet\": \"Wire\", \"text\": \"Two soldiers were killed.\", \"lang\": \"en\"}";
    String good2 = "{\"id\": \"b\", \"published\": null, \"text\": \"Police arrested ten protesters.\"}";
    String jsonl = good1 + "\n"
        + "{\"id\": \"c\", \"text\": \"unterminated\n"
        + "\n"
        + "{\"id\": \"d\", \"published\": \"04/03/2021\", \"text\": \"x\"}\r\n"
        + "{\"text\": \"no id\"}\n"
        + "{\"id\": \"a\", \"text\": \"again\"}\n"
        + "[1, 2]\n"
        + "{\"id\": \"e\", \"text\": \"\"}\n"
        + good2 + "\r\n";
    Path file = write("batch.jsonl", jsonl);
    ReadResult r = reader.readJsonl(file);
    assertThat(r.documents()).containsExactly(
        new Document("a", PUBLISHED, "T", null, "Wire", "Two soldiers were killed."),
        new Document("b", null, null, null, null, "Police arrested ten protesters."));
    assertThat(r.problems()).extracting(InputProblem::line).containsExactly(2, 4, 5, 6, 7, 8);
    assertThat(r.problems().get(0).describe()).startsWith(file + ":2: malformed JSON");
    assertThat(r.problems().get(1).message()).contains("\"published\" is '04/03/2021'");
    assertThat(r.problems().get(2).message()).isEqualTo("missing \"id\"");
    assertThat(r.problems().get(3).message()).isEqualTo("duplicate document id 'a' (first on line 1)");
    assertThat(r.problems().get(4).message()).contains("expected a JSON object");
    assertThat(r.problems().get(5).message()).isEqualTo("\"text\" is empty");
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.describe()).doesNotContain("\n"));
  }

  @Test
  void jsonlLineWithBadUtf8OrOverTheLimitIsSkippedAlone() throws IOException {
    DocumentReader small = new DocumentReader(200);
    byte[] bad = "{\"id\": \"x\", \"text\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    String big = "{\"id\": \"big\", \"text\": \"" + "word ".repeat(100) + "\"}\n";
    String good = "{\"id\": \"ok\", \"text\": \"Fighting resumed.\"}\n";
    byte[] all = concat(bad, big.getBytes(StandardCharsets.UTF_8), good.getBytes(StandardCharsets.UTF_8));
    ReadResult r = small.readJsonl(write("mixed.jsonl", all));
    assertThat(r.documents()).extracting(Document::id).containsExactly("ok");
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0).line()).isEqualTo(1);
    assertThat(r.problems().get(0).message()).contains("not valid UTF-8");
    assertThat(r.problems().get(1).line()).isEqualTo(2);
    assertThat(r.problems().get(1).message()).contains("the limit for one document is 200 bytes");
  }

  @Test
  void aTextFileFedAsJsonlStopsAfterTooManyBadLines() throws IOException {
    Path file = write("prose.jsonl", (REPORT).repeat(50));
    ReadResult r = reader.readJsonl(file);
    assertThat(r.documents()).isEmpty();
    assertThat(r.problems()).hasSize(JsonLines.MAX_PROBLEMS_PER_FILE + 1);
    assertThat(r.problems().get(JsonLines.MAX_PROBLEMS_PER_FILE).message()).contains("too many bad lines");
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
