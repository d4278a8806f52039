package org.sitrep.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.lexicon.Resources;

/** Recognises paragraphs that are page furniture rather than reporting ({@code boilerplate.txt}). */
public final class BoilerplateFilter {
  private static final String RESOURCE = "boilerplate.txt";
  private final List<Pattern> patterns;

  public BoilerplateFilter(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public static BoilerplateFilter load() {
    List<Pattern> out = new ArrayList<>();
    for (Resources.Line line : Resources.numbered(BoilerplateFilter.class, RESOURCE)) {
      try {
        out.add(Pattern.compile(line.text().strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw line.error("bad pattern: " + e.getDescription());
      }
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
