package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.io.SitrepJson;

class EvalCommandTest {
  private static final String EVENT = "{%s\"doc\": {\"id\": \"d1\", \"published\": \"2021-03-04\"},"
      + " \"type\": \"%s\", \"subtype\": null, \"modality\": \"actual\","
      + " \"actor1\": {\"name\": \"Military Forces of Syria\", \"kind\": \"state_forces\", \"country\": \"SY\"%s},"
      + " \"actor2\": null, \"location\": {\"name\": \"Aleppo\", \"lat\": 36.20124, \"lon\": 37.16117,"
      + " \"geonames_id\": null, \"country\": \"SY\", \"admin1\": \"Aleppo\", \"precision\": \"town\"},"
      + " \"date\": {\"start\": \"2021-03-01\", \"end\": \"2021-03-01\", \"precision\": \"day\"},"
      + " \"fatalities\": 3, \"attribution\": [], \"status\": \"reported\","
      + " \"evidence\": [{\"doc\": \"d1\", \"start\": 0, \"end\": 12, \"text\": \"Army shelled\"}]}";

  @TempDir Path dir;

  private Path files(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void printsScoresFieldAccuracyMissedAndSpurious() throws Exception {
    Path gold = files("gold.jsonl",
        String.format(EVENT, "\"gold_id\": \"G1\", ", "Explosions/Remote violence", ", \"aliases\": [\"Syrian army\"]"),
        String.format(EVENT, "\"gold_id\": \"G2\", ", "Protests", ""));
    Path pred = files("pred.jsonl",
        String.format(EVENT, "\"id\": \"p1\", ", "Explosions/Remote violence", "").replace("Military Forces of Syria", "syrian ARMY"),
        String.format(EVENT, "\"id\": \"p2\", ", "Riots", ""));
    CliRun run = CliRun.of("eval", gold.toString(), pred.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("events: gold 2 (+0 optional), predicted 2, matched 1 (+0 optional), missed 1, spurious 1")
        .contains("precision 0.500  recall 0.500  F1 0.500")
        .contains("  actor1      1.000  (1/1)")
        .contains("  G2  Protests  Aleppo  2021-03-01  \"Army shelled\"")
        .contains("  p2  Riots  Aleppo  2021-03-01  \"Army shelled\"");

    JsonNode json = SitrepJson.mapper().readTree(CliRun.of("eval", "--format", "json", gold.toString(), pred.toString()).out());
    assertThat(json.get("f1").asDouble()).isEqualTo(0.5);
    assertThat(json.get("field_accuracy").get("fatalities").get("correct").asInt()).isEqualTo(1);
    assertThat(json.get("missed").get(0).get("id").asText()).isEqualTo("G2");
    assertThat(json.get("spurious").get(0).get("id").asText()).isEqualTo("p2");
  }

  @Test
  void aBadPredictionLineIsNamedAndTheRestIsScored() throws Exception {
    Path gold = files("gold.jsonl", String.format(EVENT, "\"gold_id\": \"G1\", ", "Battles", ""));
    Path pred = files("pred.jsonl", String.format(EVENT, "\"id\": \"p1\", ", "Battles", ""),
        "{\"id\": \"p2\", \"evidence\": []}");
    CliRun run = CliRun.of("eval", gold.toString(), pred.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith("sitrep eval: " + pred + ":2: not an event record");
    assertThat(run.out()).contains("precision 1.000  recall 1.000  F1 1.000");
  }

  @Test
  void unreadableGoldStopsWithoutScores() {
    Path missing = dir.resolve("none.jsonl");
    CliRun run = CliRun.of("eval", missing.toString(), missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).contains("sitrep eval: " + missing + ": no such file");
  }

  @Test
  void devSetCommandsNameAnUnreadableFile() throws Exception {
    Path csv = files("fakes.csv", "unit_id,article_title", "1,x");
    CliRun fakes = CliRun.of("eval-fakes", csv.toString());
    assertThat(fakes.exitCode()).isEqualTo(1);
    assertThat(fakes.errLines()).containsExactly("sitrep eval-fakes: " + csv
        + ":1: missing column 'article_content' (header has [unit_id, article_title])");
    Path tsv = files("case.tsv", "id\tEventSnippet\tSubType", "1\t\"never closed\tX");
    CliRun cases = CliRun.of("eval-case", tsv.toString());
    assertThat(cases.exitCode()).isEqualTo(1);
    assertThat(cases.errLines()).containsExactly("sitrep eval-case: " + tsv + ":2: quoted field opened here is never closed");
  }

  @Test
  void eventsOutKeepsEachItemsEventsAndAnUnwritableFileIsNamed() throws Exception {
    Path tsv = files("case-ok.tsv", "id\tEventSnippet\tSubType",
        "7\tGunmen shot dead two police officers at a checkpoint in Kandahar on Monday .\tATTACK");
    Path kept = dir.resolve("events.jsonl");
    CliRun run = CliRun.of("eval-case", tsv.toString(), "--events-out", kept.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("weighted F1");
    assertThat(java.nio.file.Files.readAllLines(kept)).hasSize(1).first().asString().contains("\"7\"");
    Path unwritable = dir.resolve("no-such-folder").resolve("events.jsonl");
    CliRun failed = CliRun.of("eval-case", tsv.toString(), "--events-out", unwritable.toString());
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.errLines()).anySatisfy(l -> assertThat(l).startsWith("sitrep eval-case: cannot write " + unwritable));
  }
}
