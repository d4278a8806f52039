package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** geoparse and gazetteer import through the command line. */
class GeoCommandsTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void geoparsePrintsOneObjectPerMentionWithOffsets() throws IOException {
    String text = "Rebels shelled Daraa in southern Syria on Sunday.";
    Path file = dir.resolve("report.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("geoparse", file.toString(), "--format", "jsonl");
    assertThat(run.exitCode()).isEqualTo(0);
    List<JsonNode> lines = new ArrayList<>();
    for (String l : run.out().lines().toList()) {
      lines.add(json.readTree(l));
    }
    assertThat(lines).hasSize(2);
    JsonNode daraa = lines.get(0);
    assertThat(daraa.get("doc").asText()).isEqualTo("report");
    assertThat(text.substring(daraa.get("start").asInt(), daraa.get("end").asInt())).isEqualTo("Daraa");
    assertThat(daraa.get("country").asText()).isEqualTo("SY");
    assertThat(daraa.get("feature").asText()).isEqualTo("PPLA");
    assertThat(daraa.get("geonames_id").asLong()).isPositive();
    assertThat(lines.get(1).get("precision").asText()).isEqualTo("country");
  }

  @Test
  void badJsonlLineIsNamedAndTheRestIsGeoparsed() throws IOException {
    Path file = dir.resolve("docs.jsonl");
    Files.write(file, List.of("{\"id\": \"a\", \"text\": \"Clashes near Homs.\"}", "{not json"),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("geoparse", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).contains("docs.jsonl").contains("2"));
    assertThat(run.out()).contains("\"text\":\"Homs\"");
  }

  @Test
  void importBuildsAGazetteerThatGeoparseAndLookupUse() throws IOException {
    Path dump = dir.resolve("XS.txt");
    Files.writeString(dump, String.join("\t", "9100001", "Tall Birak", "Tall Birak", "Tell Birak",
        "36.1", "37.3", "P", "PPL", "SY", "", "09", "", "", "", "800", "", "350", "Asia/Damascus",
        "2024-01-01") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("xs.gazetteer.gz");
    CliRun imported = CliRun.of("gazetteer", "import", dump.toString(), "--output", out.toString(), "--no-bundled");
    assertThat(imported.exitCode()).isEqualTo(0);
    assertThat(imported.out()).contains("1 places");

    CliRun lookup = CliRun.of("gazetteer", "lookup", "Tell Birak", "--gazetteer", out.toString());
    assertThat(lookup.out()).startsWith("Tall Birak\t36.10000\t37.30000\t9100001\tSY");

    Path report = dir.resolve("village.txt");
    Files.writeString(report, "Shelling hit the village of Tell Birak.", StandardCharsets.UTF_8);
    CliRun geoparse = CliRun.of("geoparse", "--gazetteer", out.toString(), report.toString());
    assertThat(geoparse.out()).contains("\"geonames_id\":9100001");
  }

  @Test
  void missingDumpIsAOneLineError() {
    CliRun run = CliRun.of("gazetteer", "import", dir.resolve("nope.txt").toString(), "-o", dir.resolve("x.gz").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("nope.txt");
  }
}
