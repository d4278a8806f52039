package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.io.SitrepJson;
import org.sitrep.model.EventRecord;
import org.sitrep.pipeline.EventExtractor;
import org.sitrep.text.Document;

/**
 * Runs an extractor over evaluation documents for the eval commands: one failing document is
 * reported on stderr and counts as having no events; progress goes to stderr. Not thread-safe.
 */
final class DocumentBatch {
  private final String command;
  private final PrintWriter err;
  private int failures;

  DocumentBatch(String command, PrintWriter err) {
    this.command = command;
    this.err = err;
  }

  /** Events per key, in input order. */
  Map<String, List<EventRecord>> extract(EventExtractor extractor, Map<String, Document> documents) {
    Map<String, List<EventRecord>> out = new LinkedHashMap<>();
    int done = 0;
    for (Map.Entry<String, Document> e : documents.entrySet()) {
      try {
        out.put(e.getKey(), extractor.extract(e.getValue()));
      } catch (RuntimeException ex) {
        err.println("sitrep " + command + ": document '" + e.getValue().id() + "': extraction failed: " + ex);
        failures++;
      }
      done++;
      if (done % 50 == 0 || done == documents.size()) {
        err.println("sitrep " + command + ": extracted " + done + "/" + documents.size());
        err.flush();
      }
    }
    return out;
  }

  /**
   * Writes one JSON line per document, {@code {"key": …, "events": […]}}, for error analysis of an
   * evaluation outside Sitrep (the scores do not depend on it).
   */
  /**
   * {@link #extract}, then, when {@code eventsOut} is given, those events written there for error
   * analysis. Empty when the file could not be written (reported on stderr).
   */
  java.util.Optional<Map<String, List<EventRecord>>> extractAndKeep(
      EventExtractor extractor, Map<String, Document> documents, Path eventsOut) {
    Map<String, List<EventRecord>> events = extract(extractor, documents);
    if (eventsOut != null) {
      try {
        writeEvents(eventsOut, events);
      } catch (IOException e) {
        err.println("sitrep " + command + ": cannot write " + eventsOut + ": " + e.getMessage());
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(events);
  }

  static void writeEvents(Path file, Map<String, List<EventRecord>> events) throws IOException {
    ObjectMapper mapper = SitrepJson.mapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<EventRecord>> e : events.entrySet()) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("key", e.getKey());
        line.put("events", e.getValue());
        w.write(mapper.writeValueAsString(line));
        w.newLine();
      }
    }
  }

  int failures() {
    return failures;
  }

  /** Top {@code n} entries by count, most frequent first, printed as "  count  key". */
  static void printTop(PrintWriter out, Map<String, Long> counts, int n) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> out.printf(java.util.Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
    if (counts.size() > n) {
      out.println("  … " + (counts.size() - n) + " more");
    }
  }
}
