package org.sitrep.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.sitrep.model.EventRecord;

/** Reads SCHEMA.md's event JSONL (what {@code sitrep extract --format jsonl} prints). Thread-safe. */
public final class EventJsonl {
  /** Largest event line accepted: an event is a few KB; this only stops runaway input. */
  public static final long MAX_LINE_BYTES = 10L * 1024 * 1024;

  private EventJsonl() {}

  public static JsonLines.Result<EventRecord> read(Path file) {
    return JsonLines.read(file, "event", MAX_LINE_BYTES, EventJsonl::toEvent);
  }

  /** One event object to a record; a contract violation (e.g. no evidence) is a bad line. */
  public static EventRecord toEvent(JsonNode node) throws JsonLines.BadLineException {
    try {
      return SitrepJson.mapper().treeToValue(node, EventRecord.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      String why = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
      throw new JsonLines.BadLineException("not an event record: " + why.lines().findFirst().orElse(why));
    } catch (IllegalArgumentException e) {
      throw new JsonLines.BadLineException("not an event record: " + e.getMessage());
    }
  }
}
