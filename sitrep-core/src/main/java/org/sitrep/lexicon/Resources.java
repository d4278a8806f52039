package org.sitrep.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads Sitrep's line-per-entry data files from the classpath, failing loudly by name. */
public final class Resources {
  private Resources() {}

  /** Non-blank lines that are not comments ({@code #}), stripped of trailing blanks. */
  public static List<String> lines(Class<?> owner, String name) {
    String where = owner.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + where);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.stripTrailing());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + where, e);
    }
  }

  /** Tab-separated columns of {@link #lines}; throws naming the line when a row is short. */
  public static List<String[]> rows(Class<?> owner, String name, int minColumns) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(owner, name)) {
      String[] cols = line.split("\t");
      if (cols.length < minColumns) {
        throw new IllegalStateException(
            "resource " + name + ": expected " + minColumns + " tab-separated columns in '" + line + "'");
      }
      out.add(cols);
    }
    return out;
  }
}
