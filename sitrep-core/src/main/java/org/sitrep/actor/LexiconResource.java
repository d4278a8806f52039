package org.sitrep.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.lexicon.Resources;

/**
 * The actor lexicons' tab-separated rows, read through {@link Resources}; anything malformed fails
 * with the resource name and line.
 */
final class LexiconResource {
  /** One data line: its 1-based line number and tab-separated columns. */
  record Row(String resource, int line, String[] columns) {
    String column(int i) {
      return i < columns.length ? columns[i].trim() : "";
    }

    IllegalStateException error(String problem) {
      return new IllegalStateException(resource + ":" + line + ": " + problem);
    }
  }

  private LexiconResource() {}

  static List<Row> rows(String resource, int minColumns) {
    List<Row> out = new ArrayList<>();
    for (Resources.Line line : Resources.numbered(LexiconResource.class, resource)) {
      Row row = new Row(line.resource(), line.number(), line.text().split("\t", -1));
      if (row.columns().length < minColumns) {
        throw row.error("expected " + minColumns + " tab-separated columns, found " + row.columns().length);
      }
      out.add(row);
    }
    return out;
  }

  /** A one-word-per-line list, lower-cased. */
  static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (Row row : rows(resource, 1)) {
      out.add(row.column(0).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }
}
