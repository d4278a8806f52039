package org.sitrep.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the line-oriented lexicon files under this package's resource path. Lines starting with
 * '#' and blank lines are skipped; anything malformed fails with the resource name and line.
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
    try (InputStream in = LexiconResource.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Row row = new Row(resource, n, line.split("\t", -1));
        if (row.columns().length < minColumns) {
          throw row.error("expected " + minColumns + " tab-separated columns, found " + row.columns().length);
        }
        out.add(row);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + resource + ": " + e.getMessage(), e);
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
