package org.sitrep.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Sitrep's line-per-entry data files from the classpath, at the package path of the class
 * that owns them, failing loudly with the resource's name (and line, for a bad entry). The one
 * reader every stage's lexicon loader builds on.
 */
public final class Resources {
  /** One data line: where it is and its text as written (empty trailing columns kept). */
  public record Line(String resource, int number, String text) {
    public IllegalStateException error(String problem) {
      return new IllegalStateException(resource + ":" + number + ": " + problem);
    }
  }

  private Resources() {}

  /** Non-blank lines that are not comments ({@code #}), with their line numbers. */
  public static List<Line> numbered(Class<?> owner, String name) {
    String where = owner.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + where);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> out = new ArrayList<>();
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(new Line(where, n, line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + where, e);
    }
  }

  /** The texts of {@link #numbered}. */
  public static List<String> lines(Class<?> owner, String name) {
    return numbered(owner, name).stream().map(l -> l.text().stripTrailing()).toList();
  }

  /** Tab-separated columns of {@link #numbered}; throws naming the line when a row is short. */
  public static List<String[]> rows(Class<?> owner, String name, int minColumns) {
    List<String[]> out = new ArrayList<>();
    for (Line line : numbered(owner, name)) {
      String[] cols = line.text().stripTrailing().split("\t");
      if (cols.length < minColumns) {
        throw line.error("expected " + minColumns + " tab-separated columns");
      }
      out.add(cols);
    }
    return out;
  }
}
