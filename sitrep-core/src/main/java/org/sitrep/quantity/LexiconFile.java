package org.sitrep.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a lexicon data file from the classpath: one entry per line, fields separated by
 * whitespace, {@code #} starts a comment line. Entries are lower-cased with {@link Locale#ROOT}.
 * Any problem fails loudly with the resource name and line number, so a broken lexicon never
 * loads half-way.
 */
public final class LexiconFile {
  /** One non-comment line: its 1-based line number and its fields. */
  public record Line(String resource, int number, List<String> fields) {
    public String field(int i) {
      if (i >= fields.size()) {
        throw error("expected at least " + (i + 1) + " fields");
      }
      return fields.get(i);
    }

    public int intField(int i) {
      try {
        return Integer.parseInt(field(i));
      } catch (NumberFormatException e) {
        throw error("field " + (i + 1) + " is not a number: " + field(i));
      }
    }

    /** Fields from {@code i} on, joined by single spaces (a multi-word entry). */
    public String rest(int i) {
      field(i);
      return String.join(" ", fields.subList(i, fields.size()));
    }

    public IllegalStateException error(String problem) {
      return new IllegalStateException(resource + ":" + number + ": " + problem);
    }
  }

  private LexiconFile() {}

  /** Reads {@code name} relative to {@code owner}'s package. */
  public static List<Line> read(Class<?> owner, String name) {
    String resource = owner.getPackageName().replace('.', '/') + "/" + name;
    List<Line> out = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String raw;
      int n = 0;
      while ((raw = r.readLine()) != null) {
        n++;
        String s = raw.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        out.add(new Line(resource, n, List.of(s.toLowerCase(Locale.ROOT).split("\\s+"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("lexicon resource " + resource + " has no entries");
    }
    return out;
  }
}
