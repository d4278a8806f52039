package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestEvents.IS;
import static org.sitrep.store.TestEvents.SDF;
import static org.sitrep.store.TestEvents.event;
import static org.sitrep.store.TestEvents.town;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Actor;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Location;
import org.sitrep.store.Dialect;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.Json;
import org.sitrep.store.StoreTarget;
import org.sitrep.store.StoredDocument;
import org.sitrep.text.Document;

/** Exports parse back: ACLED column order, valid GeoJSON, JSONL items in SCHEMA.md's shape. */
class ExportTest {
  static final List<String> ACLED_ORDER = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
      "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
      "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
      "timestamp");

  @TempDir Path tmp;

  static List<Dialect> dialects() {
    return StoreTarget.dialects();
  }

  private static void fill(EventStore store) {
    String s1 = "The SDF said it killed 312 fighters in Raqqa, \"the worst\" day.";
    String s2 = "Gunmen killed 4 civilians at a checkpoint.";
    Document a = new Document("a", LocalDate.parse("2017-06-18"), "Roundup", null, "Raqqa Post", s1 + "\n" + s2);
    EventRecord battle = event(a, s1, "Battles", "Armed clash", SDF, IS, town("Raqqa", 35.95283, 39.00788),
        "2017-06-17", 312, "Syrian Democratic Forces", "claimed");
    EventRecord attack = event(a, s2, "Violence against civilians", "Attack", null,
        new Actor("Civilians (Syria)", "civilians", "SY"), new Location("Somewhere", null, null, null, "SY", null, "country"),
        "2017-06-16", 4, null, "reported");
    store.add(new StoredDocument(a, ContentHash.of(a.text()), "test"), List.of(battle, attack));
  }

  private static String export(EventStore store, ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(Exporter.export(store, EventQuery.all(), format, out)).isEqualTo(2);
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void csvHasAcledColumnsInAcledOrderAndParsesBack(Dialect dialect) {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), Clock.systemUTC())) {
      fill(store);
      List<List<String>> rows = Rfc4180.parse(export(store, ExportFormat.CSV));
      assertThat(rows.get(0).subList(0, ACLED_ORDER.size())).isEqualTo(ACLED_ORDER);
      assertThat(rows.get(0).subList(ACLED_ORDER.size(), rows.get(0).size())).containsExactly("status", "sources", "evidence");
      assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(ACLED_ORDER.size() + 3));
      List<String> header = rows.get(0);
      List<String> battle = rows.get(1);
      assertThat(battle.get(header.indexOf("event_date"))).isEqualTo("2017-06-17");
      assertThat(battle.get(header.indexOf("year"))).isEqualTo("2017");
      assertThat(battle.get(header.indexOf("time_precision"))).isEqualTo("1");
      assertThat(battle.get(header.indexOf("disorder_type"))).isEqualTo("Political violence");
      assertThat(battle.get(header.indexOf("inter1"))).isEqualTo("2");
      assertThat(battle.get(header.indexOf("interaction"))).isEqualTo("22");
      assertThat(battle.get(header.indexOf("country"))).isEqualTo("Syria");
      assertThat(battle.get(header.indexOf("latitude"))).isEqualTo("35.95283");
      assertThat(battle.get(header.indexOf("geo_precision"))).isEqualTo("1");
      assertThat(battle.get(header.indexOf("source"))).isEqualTo("Raqqa Post");
      assertThat(battle.get(header.indexOf("notes"))).isEqualTo("The SDF said it killed 312 fighters in Raqqa, \"the worst\" day.");
      assertThat(battle.get(header.indexOf("fatalities"))).isEqualTo("312");
      assertThat(battle.get(header.indexOf("status"))).isEqualTo("claimed");
      assertThat(battle.get(header.indexOf("sources"))).isEqualTo("1");
      List<String> attack = rows.get(2);
      assertThat(attack.get(header.indexOf("civilian_targeting"))).isEqualTo("Civilian targeting");
      assertThat(attack.get(header.indexOf("latitude"))).isEmpty();
      assertThat(attack.get(header.indexOf("geo_precision"))).isEqualTo("3");
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void geoJsonIsAValidFeatureCollection(Dialect dialect) throws Exception {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), Clock.systemUTC())) {
      fill(store);
      JsonNode root = Json.MAPPER.readTree(export(store, ExportFormat.GEOJSON));
      assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
      assertThat(root.get("features")).hasSize(2);
      for (JsonNode f : root.get("features")) {
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.has("geometry")).isTrue();
        assertThat(f.get("properties").isObject()).isTrue();
        JsonNode g = f.get("geometry");
        if (!g.isNull()) {
          assertThat(g.get("type").asText()).isEqualTo("Point");
          assertThat(g.get("coordinates")).hasSize(2);
          double lon = g.get("coordinates").get(0).asDouble();
          double lat = g.get("coordinates").get(1).asDouble();
          assertThat(lon).isBetween(-180.0, 180.0);
          assertThat(lat).isBetween(-90.0, 90.0);
        }
      }
      JsonNode battle = root.get("features").get(0);
      assertThat(battle.get("geometry").get("coordinates").get(0).asDouble()).as("lon first").isEqualTo(39.00788);
      assertThat(battle.get("properties").get("fatalities").asInt()).isEqualTo(312);
      assertThat(battle.get("properties").get("independent_sources").asInt()).isEqualTo(1);
      assertThat(root.get("features").get(1).get("geometry").isNull()).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void jsonlLinesAreEventRecords(Dialect dialect) {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), Clock.systemUTC())) {
      fill(store);
      String[] lines = export(store, ExportFormat.JSONL).split("\n");
      assertThat(lines).hasSize(2);
      EventRecord first = Json.readEvent(lines[0]);
      assertThat(first.fatalities()).isEqualTo(312);
      assertThat(first.location().geonamesId()).isNull();
      assertThat(lines[0]).contains("\"geonames_id\":null", "\"sources\":1", "\"independent_sources\":1");
    }
  }

  /** A strict RFC 4180 reader, enough to prove the export parses back. */
  static final class Rfc4180 {
    static List<List<String>> parse(String csv) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < csv.length(); i++) {
        char c = csv.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          cell.append(c);
        }
      }
      assertThat(quoted).as("unterminated quote").isFalse();
      assertThat(cell.length() == 0 && row.isEmpty()).as("last row ends with CRLF").isTrue();
      return rows;
    }
  }
}
