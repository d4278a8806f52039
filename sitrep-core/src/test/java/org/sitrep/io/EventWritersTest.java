package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Count;
import org.sitrep.model.Counts;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

class EventWritersTest {
  static EventRecord fullEvent() {
    String sentence = "Government forces retook Tal Rifaat on Monday, killing 12 fighters, the army said.";
    return new EventRecord("e-0001", new DocRef("wire-1", "2021-03-04", "Town retaken", null, "Wire"),
        "Battles", "Government regains territory", "actual",
        new Actor("Military Forces of Syria", "state_forces", "SY"),
        new Actor("Syrian Democratic Forces", "rebel_group", null),
        new Location("Tal Rifaat", 36.46974, 37.09754, 163345L, "SY", "Aleppo", "town"),
        new EventDate("2021-03-01", "2021-03-01", "day"), 12,
        new Counts(List.of(new Count("Syrian Democratic Forces", 12)), List.of(), List.of(), List.of()),
        List.of(new Attribution("Military Forces of Syria", "said", "claimed")), "claimed",
        List.of(new Evidence("wire-1", 0, sentence.length(), sentence)));
  }

  static EventRecord sparseEvent() {
    return new EventRecord("e-0002", new DocRef("wire-1", null, null, null, null), "Diplomacy", null,
        "planned", null, null, null, EventDate.unknown(), null, null, List.of(), "reported",
        List.of(new Evidence("wire-1", 5, 9, "talk")));
  }

  private static String render(OutputFormat format, List<EventRecord> events) {
    StringWriter s = new StringWriter();
    EventWriter w = format.writerTo(new PrintWriter(s));
    events.forEach(w::write);
    w.finish();
    return s.toString();
  }

  @Test
  void jsonlParsesBackToEqualRecords() throws Exception {
    List<EventRecord> events = List.of(fullEvent(), sparseEvent());
    String jsonl = render(OutputFormat.JSONL, events);
    List<EventRecord> back = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      back.add(SitrepJson.mapper().readValue(line, EventRecord.class));
    }
    assertThat(back).isEqualTo(events);
  }

  @Test
  void jsonlKeepsContractFieldOrderAndPrintsNulls() {
    String line = render(OutputFormat.JSONL, List.of(sparseEvent())).strip();
    assertThat(line).startsWith("{\"id\":\"e-0002\",\"doc\":{\"id\":\"wire-1\",\"published\":null,");
    assertThat(line).contains("\"actor1\":null,\"actor2\":null,\"location\":null,"
        + "\"date\":{\"start\":null,\"end\":null,\"precision\":\"unknown\"},\"fatalities\":null,");
    String full = render(OutputFormat.JSONL, List.of(fullEvent()));
    assertThat(full).contains("\"geonames_id\":163345").contains("\"date\":{\"start\":\"2021-03-01\"");
    assertThat(full.indexOf("\"type\"")).isLessThan(full.indexOf("\"subtype\""));
    assertThat(full.indexOf("\"status\"")).isLessThan(full.indexOf("\"evidence\""));
  }

  @Test
  void jsonIsOneArrayOfTheSameRecords() throws Exception {
    List<EventRecord> events = List.of(fullEvent(), sparseEvent());
    JsonNode array = SitrepJson.mapper().readTree(render(OutputFormat.JSON, events));
    assertThat(array.isArray()).isTrue();
    assertThat(SitrepJson.mapper().treeToValue(array.get(1), EventRecord.class)).isEqualTo(sparseEvent());
    assertThat(SitrepJson.mapper().readTree(render(OutputFormat.JSON, List.of())).size()).isZero();
  }

  @Test
  void tablePrintsNullsAsDashesAndCutsLongCells() {
    EventRecord full = fullEvent();
    EventRecord longNames = new EventRecord("e-3", full.doc(), full.type(), full.subtype(), "actual",
        new Actor("A very long actor name that goes on\nand on beyond any column", "unknown", null),
        null, full.location(), new EventDate("2021-02-01", "2021-02-28", "month"), 0, null,
        List.of(), "reported", full.evidence());
    String table = render(OutputFormat.TABLE, List.of(full, sparseEvent(), longNames));
    List<String> lines = table.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("DATE").contains("ACTOR1 → ACTOR2");
    assertThat(lines.get(1)).contains("2021-03-01", "Military Forces of Syria → Syrian Democratic",
        "Tal Rifaat, SY", "12", "claimed");
    assertThat(lines.get(2)).startsWith("unknown").contains("Diplomacy", "- → -", "reported", "wire-1");
    assertThat(lines.get(3)).contains("2021-02-01..2021-02-28", "…").doesNotContain("beyond any column");
    assertThat(lines.get(4)).isEqualTo("3 events");
  }
}
