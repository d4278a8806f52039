package org.sitrep.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV or TSV file read by RFC 4180's rules (quoted fields may hold the delimiter, quotes doubled
 * as {@code ""} and line breaks; CRLF or LF ends a record) with its first record as header. Blank
 * records are skipped; a record whose field count differs from the header's is a problem, not a
 * row. Immutable.
 */
public record DelimitedTable(Path file, List<String> header, List<Row> rows, List<InputProblem> problems) {
  /** One record and the 1-based line it starts on. */
  public record Row(int line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }
  }

  /** Thrown when the file as a whole cannot be read; {@link #problem()} says why. */
  public static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient InputProblem problem;

    public UnreadableException(InputProblem problem) {
      super(problem.describe());
      this.problem = problem;
    }

    public InputProblem problem() {
      return problem;
    }
  }

  public DelimitedTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** Index of a header column; a missing column is a whole-file problem. */
  public int column(String name) throws UnreadableException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new UnreadableException(InputProblem.ofLine(file, 1,
          "missing column '" + name + "' (header has " + header + ")"));
    }
    return i;
  }

  public static DelimitedTable read(Path file, char delimiter, long maxBytes) throws UnreadableException {
    InputProblem unreadable = JsonLines.checkRegularFile(file);
    if (unreadable != null) {
      throw new UnreadableException(unreadable);
    }
    String text;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new UnreadableException(InputProblem.ofFile(file, "is " + StrictText.size(size)
            + "; the limit is " + StrictText.size(maxBytes)));
      }
      byte[] bytes = Files.readAllBytes(file);
      text = StrictText.decodeUtf8(bytes, bytes.length);
    } catch (StrictText.BadTextException e) {
      throw new UnreadableException(InputProblem.ofFile(file, e.getMessage()));
    } catch (IOException e) {
      throw new UnreadableException(InputProblem.ofFile(file, "cannot be read: " + e.getMessage()));
    }
    List<Row> records = parse(file, text, delimiter);
    if (records.isEmpty()) {
      throw new UnreadableException(InputProblem.ofFile(file, "is empty (no header)"));
    }
    List<String> header = records.get(0).fields().stream().map(String::strip).toList();
    List<Row> rows = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (Row r : records.subList(1, records.size())) {
      if (r.fields().size() != header.size()) {
        problems.add(InputProblem.ofLine(file, r.line(), "record has " + r.fields().size()
            + " fields, the header has " + header.size()));
      } else {
        rows.add(r);
      }
    }
    return new DelimitedTable(file, header, rows, problems);
  }

  static List<Row> parse(Path file, String text, char delimiter) throws UnreadableException {
    List<Row> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
        quoteLine = line;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        addUnlessBlank(records, recordLine, fields);
        fields = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      throw new UnreadableException(InputProblem.ofLine(file, quoteLine,
          "quoted field opened here is never closed"));
    }
    if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
      fields.add(field.toString());
      addUnlessBlank(records, recordLine, fields);
    }
    return records;
  }

  private static void addUnlessBlank(List<Row> records, int line, List<String> fields) {
    if (fields.size() == 1 && fields.get(0).isBlank()) {
      return;
    }
    records.add(new Row(line, fields));
  }
}
