package org.sitrep.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.link.LinkedEvent;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventRecord;

/**
 * The hand-coded events of the bundled sample corpus ({@code samples/reference-events.jsonl}) as
 * linked events: reports marked {@code same_as} join the event they describe; the merged record
 * takes the lowest fatality figure and is disputed when figures differ (the linker's contract).
 */
final class ReferenceCorpus {
  static final Path FILE = Path.of("..", "samples", "reference-events.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<LinkedEvent> load() {
    Map<String, List<EventRecord>> groups = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        JsonNode sameAs = node.remove("same_as");
        EventRecord e = JSON.treeToValue(node, EventRecord.class);
        String key = sameAs == null ? e.id() : sameAs.asText();
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(FILE.toString(), e);
    }
    List<LinkedEvent> out = new ArrayList<>();
    groups.forEach((id, reports) -> out.add(link("L-" + id, reports)));
    return out;
  }

  static LinkedEvent link(String id, List<EventRecord> reports) {
    EventRecord first = reports.get(0);
    if (reports.size() == 1) {
      return new LinkedEvent(id, first, reports, 1);
    }
    Integer lowest = reports.stream().map(EventRecord::fatalities).filter(Objects::nonNull)
        .min(Integer::compare).orElse(null);
    boolean differ = reports.stream().map(EventRecord::fatalities).filter(Objects::nonNull)
        .distinct().count() > 1;
    List<Attribution> attribution = new ArrayList<>();
    reports.forEach(r -> attribution.addAll(r.attribution()));
    List<org.sitrep.model.Evidence> evidence = new ArrayList<>();
    reports.forEach(r -> evidence.addAll(r.evidence()));
    String status = differ || reports.stream().anyMatch(r -> r.status().equals("disputed"))
        ? "disputed" : first.status();
    EventRecord merged = new EventRecord(id, first.doc(), first.type(), first.subtype(),
        first.modality(), first.actor1(), first.actor2(), first.location(), first.date(), lowest,
        first.counts(), attribution, status, evidence);
    long outlets = reports.stream().map(r -> r.doc().outlet()).distinct().count();
    return new LinkedEvent(id, merged, reports, (int) outlets);
  }
}
