package org.sitrep.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.io.JsonLines.BadLineException;
import org.sitrep.text.Document;

/**
 * One line of SCHEMA.md's document JSONL to a {@link Document}: {@code id} and {@code text} are
 * required non-blank strings, {@code published} is null/absent or an ISO date, {@code title},
 * {@code url}, {@code outlet} are null/absent or strings. Other keys are ignored (feeds add their
 * own). Thread-safe.
 */
final class DocumentJsonLine {
  Document parse(JsonNode node) throws BadLineException {
    String id = requiredString(node, "id");
    String text = requiredString(node, "text");
    return new Document(id, published(node), optionalString(node, "title"),
        optionalString(node, "url"), optionalString(node, "outlet"), text);
  }

  private static String requiredString(JsonNode node, String key) throws BadLineException {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw new BadLineException("missing \"" + key + "\"");
    }
    if (!value.isTextual()) {
      throw new BadLineException("\"" + key + "\" must be a string, got " + value.getNodeType());
    }
    if (value.asText().isBlank()) {
      throw new BadLineException("\"" + key + "\" is empty");
    }
    return value.asText();
  }

  private static String optionalString(JsonNode node, String key) throws BadLineException {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadLineException("\"" + key + "\" must be a string or null, got " + value.getNodeType());
    }
    return value.asText();
  }

  private static LocalDate published(JsonNode node) throws BadLineException {
    String value = optionalString(node, "published");
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadLineException("\"published\" is '" + value + "', expected an ISO date YYYY-MM-DD or null");
    }
  }
}
