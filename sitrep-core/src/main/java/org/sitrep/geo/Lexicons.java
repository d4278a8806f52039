package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the geo package's line-based data files from the classpath, failing loudly by name. */
final class Lexicons {
  private Lexicons() {}

  /** Non-comment, non-blank lines of a resource next to this class. */
  static List<String> lines(String resource) {
    InputStream in = Lexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource org/sitrep/geo/" + resource);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read resource org/sitrep/geo/" + resource, ex);
    }
    return out;
  }

  /** Lines of a two-column (tab-separated) resource; a line without a tab is an error. */
  static List<String[]> pairs(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("org/sitrep/geo/" + resource + ": bad line '" + line + "'");
      }
      out.add(f);
    }
    return out;
  }
}
