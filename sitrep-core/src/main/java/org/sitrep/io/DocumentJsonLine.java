package org.sitrep.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.sitrep.io.JsonLines.BadLineException;
import org.sitrep.text.Document;

/**
 * One line of SCHEMA.md's document JSONL to a {@link Document}: {@code id} and {@code text} are
 * required non-blank strings, {@code published} is null/absent or an ISO date, {@code title},
 * {@code url}, {@code outlet} are null/absent or strings. Other keys are ignored (feeds add their
 * own). Ingest, which names documents by content when they carry no id, passes a default id.
 * Thread-safe.
 */
public final class DocumentJsonLine {
  private final Function<String, String> idOfText;

  /** Every line must carry its {@code id}. */
  public DocumentJsonLine() {
    this(null);
  }

  /** A line without an {@code id} is named by {@code idOfText} applied to its text. */
  public DocumentJsonLine(Function<String, String> idOfText) {
    this.idOfText = idOfText;
  }

  /** One line of text, parsed as JSON first. */
  public Document parse(String line) throws BadLineException {
    return parse(JsonLines.parseJson(line));
  }

  public Document parse(JsonNode node) throws BadLineException {
    String text = requiredString(node, "text");
    String id = idOfText != null && optionalString(node, "id") == null ? idOfText.apply(text) : requiredString(node, "id");
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
