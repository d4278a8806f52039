package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.lexicon.Resources;

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
    List<Line> out = new ArrayList<>();
    for (Resources.Line line : Resources.numbered(owner, name)) {
      out.add(new Line(line.resource(), line.number(),
          List.of(line.text().strip().toLowerCase(Locale.ROOT).split("\\s+"))));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("lexicon resource " + owner.getPackageName().replace('.', '/')
          + "/" + name + " has no entries");
    }
    return out;
  }
}
