package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.lexicon.Resources;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/**
 * Finds page furniture scraped into a report's text: a link list after a "Related News" marker
 * (to the end of the paragraph or a "Tags" heading), and a headline of another story set in the
 * body ("... Blast Occurs Near Bus Convoy Evacuating Syrians Over 20 Dead MOSCOW (Sputnik) ..."):
 * a run of at least {@link #HEADLINE_WORDS} capitalised words, only short words between them.
 * The report's own headline, which many scraped texts open with, is not furniture: runs within
 * the first {@link #OPENING_CHARS} characters are kept. Data: {@code page-furniture.txt}, loaded
 * once. Immutable; thread-safe.
 */
final class PageFurniture {
  static final int HEADLINE_WORDS = 6;
  static final int OPENING_CHARS = 120;
  private final List<String> markers = new ArrayList<>();
  private final Set<String> tags = new HashSet<>();
  private final Set<String> headwords = new HashSet<>();

  private PageFurniture() {}

  static PageFurniture load() {
    PageFurniture f = new PageFurniture();
    for (Resources.Line line : Resources.numbered(PageFurniture.class, "page-furniture.txt")) {
      String[] parts = line.text().strip().split("\\s+", 2);
      if (parts.length < 2) {
        throw line.error("expected KIND WORDS");
      }
      switch (parts[0]) {
        case "marker" -> f.markers.add(parts[1]);
        case "tags" -> f.tags.add(parts[1]);
        case "headword" -> f.headwords.add(parts[1]);
        default -> throw line.error("unknown kind " + parts[0]);
      }
    }
    f.markers.sort((a, b) -> b.length() - a.length()); // "Related News" before "Related"
    return f;
  }

  /** The furniture spans of the document, given its sentences (in order) and their paragraph ends. */
  List<CharSpan> spans(String text, List<Sentence> sentences, java.util.function.IntUnaryOperator paragraphEnd) {
    List<CharSpan> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        int start = t.get(i).span().start();
        String marker = markerAt(text, start, t, i);
        if (marker != null) {
          out.add(new CharSpan(start, linksEnd(text, start + marker.length(), paragraphEnd.applyAsInt(start))));
        }
      }
      headlines(t, out);
    }
    return out;
  }

  /** A marker starting at token i and followed by a capitalised word ("Related News Suicide ..."). */
  private String markerAt(String text, int start, List<Token> t, int i) {
    for (String m : markers) {
      if (text.startsWith(m, start)) {
        int after = start + m.length();
        boolean wordEnd = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
        int k = i;
        while (k < t.size() && t.get(k).span().start() < after) {
          k++;
        }
        if (wordEnd && k < t.size() && Character.isUpperCase(t.get(k).text().charAt(0))) {
          return m;
        }
      }
    }
    return null;
  }

  private int linksEnd(String text, int from, int paragraphEnd) {
    int end = paragraphEnd;
    for (String tag : tags) {
      int at = text.indexOf(" " + tag + " ", from);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return end;
  }

  private void headlines(List<Token> t, List<CharSpan> out) {
    int runStart = -1;
    int capitals = 0;
    int lastCapital = -1;
    for (int i = 0; i <= t.size(); i++) {
      String w = i < t.size() ? t.get(i).text() : "";
      boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      boolean number = !w.isEmpty() && w.chars().allMatch(Character::isDigit);
      if (capital || (runStart >= 0 && (number || headwords.contains(w)))) {
        if (runStart < 0) {
          runStart = i;
          capitals = 0;
        }
        if (capital) {
          capitals++;
          lastCapital = i;
        }
        continue;
      }
      if (runStart >= 0 && capitals >= HEADLINE_WORDS && t.get(runStart).span().start() >= OPENING_CHARS) {
        out.add(new CharSpan(t.get(runStart).span().start(), t.get(lastCapital).span().end()));
      }
      runStart = -1;
    }
  }
}
