package org.sitrep.server.web;

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
import org.sitrep.model.Evidence;

/**
 * The bundled sample corpus as a known record: documents from {@code samples/reports.jsonl} and
 * linked events from the hand-coded {@code samples/reference-events.jsonl} (reports marked
 * {@code same_as} join one event; lowest figure wins; differing figures make it disputed).
 */
record SampleRecord(Map<String, JsonNode> documents, List<LinkedEvent> events) {
  static final ObjectMapper JSON = new ObjectMapper();

  static Path samplesDir() {
    return Path.of(System.getProperty("sitrep.samples.dir", "../samples"));
  }

  static SampleRecord load() {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    Map<String, List<EventRecord>> groups = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(samplesDir().resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode d = JSON.readTree(line);
          docs.put(d.get("id").asText(), d);
        }
      }
      for (String line : Files.readAllLines(samplesDir().resolve("reference-events.jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode node = (ObjectNode) JSON.readTree(line);
        JsonNode sameAs = node.remove("same_as");
        EventRecord e = JSON.treeToValue(node, EventRecord.class);
        groups.computeIfAbsent(sameAs == null ? e.id() : sameAs.asText(), k -> new ArrayList<>()).add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(samplesDir().toString(), e);
    }
    List<LinkedEvent> events = new ArrayList<>();
    groups.forEach((id, reports) -> events.add(link("L-" + id, reports)));
    return new SampleRecord(docs, List.copyOf(events));
  }

  private static LinkedEvent link(String id, List<EventRecord> reports) {
    EventRecord first = reports.get(0);
    Integer lowest = reports.stream().map(EventRecord::fatalities).filter(Objects::nonNull)
        .min(Integer::compare).orElse(null);
    boolean differ = reports.stream().map(EventRecord::fatalities).filter(Objects::nonNull)
        .distinct().count() > 1;
    List<Attribution> attribution = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    reports.forEach(r -> {
      attribution.addAll(r.attribution());
      evidence.addAll(r.evidence());
    });
    String status = differ ? "disputed" : first.status();
    EventRecord merged = new EventRecord(id, first.doc(), first.type(), first.subtype(),
        first.modality(), first.actor1(), first.actor2(), first.location(), first.date(), lowest,
        first.counts(), attribution, status, evidence);
    int outlets = (int) reports.stream().map(r -> r.doc().outlet()).distinct().count();
    return new LinkedEvent(id, merged, reports, outlets);
  }
}
