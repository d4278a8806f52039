package org.sitrep.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.EventRecord;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredDocument;
import org.sitrep.text.Document;

/**
 * The bundled sample corpus ({@code samples/}): the reports ({@code reports.jsonl}) and the events
 * a careful coder codes from them ({@code reference-events.jsonl}). {@link #storeReference} puts
 * each report with its hand-coded events into a store, through the store's own linking, so the
 * workbench can be shown and tested independently of extraction quality. Idempotent: a report
 * whose content hash is already stored is skipped.
 */
public final class SampleCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  public SampleCorpus(Path dir) {
    this.dir = dir;
  }

  public Path reports() {
    return dir.resolve("reports.jsonl");
  }

  /** Stores every sample report not yet stored with its reference events; returns how many. */
  public int storeReference(EventStore store) {
    Map<String, List<EventRecord>> events = referenceEvents();
    int added = 0;
    for (Document d : documents()) {
      String hash = ContentHash.of(d.text());
      if (store.findDocument(hash, d.url()).isPresent()) {
        continue;
      }
      store.add(new StoredDocument(d, hash, reports() + "#" + d.id()), events.getOrDefault(d.id(), List.of()));
      added++;
    }
    return added;
  }

  public List<Document> documents() {
    List<Document> out = new ArrayList<>();
    forEachLine(reports(), (node, where) -> out.add(new Document(
        required(node, "id", where), node.hasNonNull("published") ? LocalDate.parse(node.get("published").asText()) : null,
        text(node, "title"), text(node, "url"), text(node, "outlet"), required(node, "text", where))));
    return out;
  }

  /** Reference events by document id; the {@code same_as} hint is for readers, the store links. */
  public Map<String, List<EventRecord>> referenceEvents() {
    Map<String, List<EventRecord>> out = new LinkedHashMap<>();
    Path file = dir.resolve("reference-events.jsonl");
    forEachLine(file, (node, where) -> {
      ((ObjectNode) node).remove("same_as");
      try {
        EventRecord e = JSON.treeToValue(node, EventRecord.class);
        out.computeIfAbsent(e.doc().id(), k -> new ArrayList<>()).add(e);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": not an event record: " + e.getMessage(), e);
      }
    });
    return out;
  }

  private interface LineSink {
    void accept(JsonNode node, String where);
  }

  private static void forEachLine(Path file, LineSink sink) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode node;
      try {
        node = JSON.readTree(lines.get(i));
      } catch (IOException e) {
        throw new IllegalArgumentException(where + ": not JSON: " + e.getMessage(), e);
      }
      sink.accept(node, where);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static String required(JsonNode node, String field, String where) {
    String v = text(node, field);
    if (v == null) {
      throw new IllegalArgumentException(where + ": missing \"" + field + "\"");
    }
    return v;
  }
}
