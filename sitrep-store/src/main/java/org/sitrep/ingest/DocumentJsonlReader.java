package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.text.Document;

/**
 * Document JSONL (SCHEMA.md "Document input"): one {@code {"id", "published", "title", "url",
 * "outlet", "text"}} object per line. A bad line is skipped with its line number; the rest are read.
 */
public final class DocumentJsonlReader implements SourceReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    byte[] bytes;
    try {
      bytes = item.readAll();
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "cannot read: " + e.getMessage()));
      return;
    }
    Optional<String> problem = TextDecoding.problem(bytes);
    if (problem.isPresent()) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), problem.get()));
      return;
    }
    String[] lines = TextDecoding.decode(bytes).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String origin = item.origin() + ":" + (i + 1);
      sink.accept(parse(lines[i], origin));
    }
  }

  static ReadOutcome parse(String line, String origin) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return new ReadOutcome.Skipped(origin, "not JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      return new ReadOutcome.Skipped(origin, "not a JSON object");
    }
    String text = string(node, "text");
    if (text == null || text.isBlank()) {
      return new ReadOutcome.Skipped(origin, "no \"text\"");
    }
    LocalDate published = null;
    String date = string(node, "published");
    if (date != null) {
      try {
        published = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        return new ReadOutcome.Skipped(origin, "\"published\" is not YYYY-MM-DD: " + date);
      }
    }
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      id = ContentHash.documentId(text);
    }
    return new ReadOutcome.Read(new Document(id, published, string(node, "title"), string(node, "url"),
        string(node, "outlet"), text), origin);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
