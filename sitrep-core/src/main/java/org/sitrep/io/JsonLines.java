package org.sitrep.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON-lines file item by item: strict UTF-8 per line, blank lines skipped, each bad line
 * one {@link InputProblem} with its line number, the good lines still returned. A file with NUL
 * bytes in its head is refused as binary; after {@link #MAX_PROBLEMS_PER_FILE} bad lines the rest
 * is skipped. An empty file is not a problem here (no events is a valid prediction); callers
 * that need content say so. Thread-safe.
 */
public final class JsonLines {
  /** A file with this many bad lines is probably not JSON lines at all: stop reporting. */
  public static final int MAX_PROBLEMS_PER_FILE = 20;
  private static final int SNIFF_BYTES = 8192;

  /** Turns one line's JSON value into an item, or throws with a message fit for a one-line error. */
  @FunctionalInterface
  public interface LineParser<T> {
    T parse(JsonNode node) throws BadLineException;
  }

  /** A line's problem in words, without file and line. */
  public static final class BadLineException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadLineException(String message) {
      super(message);
    }
  }

  /** One parsed line and the 1-based line number it came from. */
  public record Numbered<T>(int line, T item) {}

  /** The items read, in file order, and the lines that had to be skipped. */
  public record Result<T>(List<Numbered<T>> items, List<InputProblem> problems) {
    public Result {
      items = List.copyOf(items);
      problems = List.copyOf(problems);
    }

    public List<T> values() {
      return items.stream().map(Numbered::item).toList();
    }
  }

  private JsonLines() {}

  /** {@code itemName} names one line's item in messages ("document", "event"). */
  public static <T> Result<T> read(Path file, String itemName, long maxLineBytes, LineParser<T> parser) {
    List<Numbered<T>> items = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    InputProblem unreadable = checkRegularFile(file);
    if (unreadable != null) {
      return new Result<>(items, List.of(unreadable));
    }
    try (InputStream in = new BufferedInputStream(new FileInputStream(file.toFile()), 1 << 16)) {
      in.mark(SNIFF_BYTES);
      byte[] head = in.readNBytes(SNIFF_BYTES);
      int nul = StrictText.firstNul(head, head.length);
      if (nul >= 0) {
        return new Result<>(items, List.of(InputProblem.ofFile(file,
            "looks binary (NUL byte at byte offset " + nul + "), expected UTF-8 JSON lines")));
      }
      in.reset();
      LineReader lines = new LineReader(in, maxLineBytes);
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        if (problems.size() >= MAX_PROBLEMS_PER_FILE) {
          problems.add(InputProblem.ofLine(file, line.number(),
              "too many bad lines; is this JSON lines? Skipping the rest of the file"));
          break;
        }
        if (line.tooLong()) {
          problems.add(InputProblem.ofLine(file, line.number(), itemName + " is "
              + StrictText.size(line.fullLength()) + "; the limit for one " + itemName + " is "
              + StrictText.size(maxLineBytes)));
          continue;
        }
        String json;
        try {
          json = StrictText.decodeUtf8(line.bytes(), line.length());
        } catch (StrictText.BadTextException e) {
          problems.add(InputProblem.ofLine(file, line.number(), "line " + e.getMessage()));
          continue;
        }
        if (json.isBlank()) {
          continue;
        }
        try {
          items.add(new Numbered<>(line.number(), parser.parse(parseJson(json))));
        } catch (BadLineException e) {
          problems.add(InputProblem.ofLine(file, line.number(), e.getMessage()));
        }
      }
    } catch (IOException e) {
      problems.add(InputProblem.ofFile(file, "cannot be read: " + e.getMessage()));
    }
    return new Result<>(items, problems);
  }

  /** One line's JSON object, or why it is not one. */
  public static JsonNode parseJson(String json) throws BadLineException {
    try {
      JsonNode node = SitrepJson.mapper().readTree(json);
      if (node == null || !node.isObject()) {
        throw new BadLineException("expected a JSON object on the line");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadLineException("malformed JSON: " + e.getOriginalMessage());
    }
  }

  /** Null when {@code file} exists, is readable and is not a directory (pipes are fine), else why not. */
  static InputProblem checkRegularFile(Path file) {
    if (Files.isDirectory(file)) {
      return InputProblem.ofFile(file, "is a directory, expected a file");
    }
    if (!Files.exists(file)) {
      return InputProblem.ofFile(file, "no such file");
    }
    if (!Files.isReadable(file)) {
      return InputProblem.ofFile(file, "is not readable (permission denied)");
    }
    return null;
  }
}
