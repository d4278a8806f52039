package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.text.CharSpan;

/** Imports a small synthetic dump in GeoNames format, written by the test. */
class GazetteerImporterTest {
  @TempDir Path dir;

  /** A GeoNames row: 19 tab-separated columns. */
  static String row(long id, String name, String alternates, double lat, double lon, String fclass,
      String fcode, String cc, String admin1, long population) {
    return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat),
        Double.toString(lon), fclass, fcode, cc, "", admin1, "", "", "", Long.toString(population),
        "", "300", "Asia/Damascus", "2024-01-01");
  }

  private Path writeDump() throws IOException {
    Path dump = dir.resolve("XS.txt");
    Files.write(dump, List.of(
        row(9000001, "Tall Qamar", "Tal Qamar,Tell Qamar", 35.1, 37.2, "P", "PPL", "SY", "06", 1200),
        row(9000002, "Kafr Zayta", "Kafr Zeita,Kfar Zeita", 35.37, 36.6, "P", "PPL", "SY", "06", 9000),
        row(9000003, "Mintaqat Suran", "Suran District", 35.3, 36.7, "A", "ADM2", "SY", "06", 0),
        row(9000004, "Wadi al-Ward", "", 35.0, 37.0, "T", "VAL", "SY", "06", 0),
        "this line is not a GeoNames row",
        row(9000005, "Muhafazat Hamah", "Hama Governorate", 35.2, 37.2, "A", "ADM1", "SY", "06", 0)),
        StandardCharsets.UTF_8);
    return dump;
  }

  @Test
  void importsVillagesAndDistrictsWithAdmin1Names() throws IOException {
    Path admin1 = dir.resolve("admin1CodesASCII.txt");
    Files.write(admin1, List.of("SY.06\tMuḩāfaz̧at Ḩamāh\tHama\t170016"), StandardCharsets.UTF_8);
    Path out = dir.resolve("test.gazetteer.gz");
    List<String> bad = new ArrayList<>();
    var result = GazetteerImporter.importDumps(
        List.of(writeDump()), GazetteerImporter.readAdmin1Codes(admin1), List.of(), out, bad::add);

    assertThat(bad).singleElement().asString().contains("XS.txt:5");
    assertThat(result.entriesWritten()).isEqualTo(4); // the valley is not a place for events
    InMemoryGazetteer g = InMemoryGazetteer.load(out);
    assertThat(g.lookup("Tell Qamar")).singleElement().satisfies(p -> {
      assertThat(p.geonamesId()).isEqualTo(9000001L);
      assertThat(p.admin1()).isEqualTo("Hama");
      assertThat(p.precision()).isEqualTo("town");
    });
    assertThat(g.lookup("Suran District")).singleElement().extracting(Place::precision).isEqualTo("district");
    assertThat(g.lookup("Wadi al-Ward")).isEmpty();
    assertThat(g.lookupVariants("Kafr Zaita")).singleElement().extracting(Place::geonamesId).isEqualTo(9000002L);
  }

  @Test
  void readsZippedDumpsAndNamesDivisionsFromTheirOwnRows() throws IOException {
    Path zip = dir.resolve("XS.zip");
    try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("not data".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("XS.txt"));
      z.write(Files.readAllBytes(writeDump()));
    }
    Path out = dir.resolve("zip.gazetteer.gz");
    GazetteerImporter.importDumps(List.of(zip), Map.of(), List.of(), out, s -> {});
    InMemoryGazetteer g = InMemoryGazetteer.load(out);
    assertThat(g.lookup("Kafr Zeita")).singleElement().extracting(Place::admin1).isEqualTo("Muhafazat Hamah");
  }

  @Test
  void importedGazetteerServesTheGeoparser() throws IOException {
    Path out = dir.resolve("geo.gazetteer.gz");
    GazetteerImporter.importDumps(List.of(writeDump()), Map.of(), List.of(), out, s -> {});
    DefaultGeoparser geoparser = DefaultGeoparser.withGazetteer(out);
    String text = "Shelling hit the village of Tell Qamar on Sunday.";
    var mentions = geoparser.geoparse(text, new org.sitrep.nlp.corenlp.CoreNlpAnnotator()
        .split(text, new CharSpan(0, text.length())));
    assertThat(mentions).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("Tell Qamar");
      assertThat(m.place().geonamesId()).isEqualTo(9000001L);
    });
  }
}
