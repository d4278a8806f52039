package org.sitrep.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises paragraphs that are page furniture rather than reporting ({@code boilerplate.txt}). */
public final class BoilerplateFilter {
  private static final String RESOURCE = "boilerplate.txt";
  private final List<Pattern> patterns;

  public BoilerplateFilter(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public static BoilerplateFilter load() {
    List<Pattern> out = new ArrayList<>();
    try (InputStream in = BoilerplateFilter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sitrep/segment/" + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/sitrep/segment/" + RESOURCE, e);
    }
    return new BoilerplateFilter(out);
  }

  public boolean isBoilerplate(String paragraph) {
    String p = paragraph.strip();
    for (Pattern pattern : patterns) {
      if (pattern.matcher(p).matches()) {
        return true;
      }
    }
    return false;
  }
}
