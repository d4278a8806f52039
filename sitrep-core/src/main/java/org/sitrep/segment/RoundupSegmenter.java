package org.sitrep.segment;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.text.CharSpan;
import org.sitrep.text.Document;
import org.sitrep.text.Segment;

/**
 * Splits a report into items at headlines. Paragraphs are separated by blank lines; a headline is
 * a short one-line paragraph without closing punctuation that is followed by more text. A plain
 * wire story has no such line and comes out as one segment. Boilerplate paragraphs are dropped.
 * Thread-safe.
 */
public final class RoundupSegmenter implements Segmenter {
  private static final int MAX_HEADLINE_WORDS = 30;
  private final BoilerplateFilter boilerplate;

  public RoundupSegmenter(BoilerplateFilter boilerplate) {
    this.boilerplate = boilerplate;
  }

  public static RoundupSegmenter createDefault() {
    return new RoundupSegmenter(BoilerplateFilter.load());
  }

  @Override
  public List<Segment> segment(Document document) {
    String text = document.text();
    List<CharSpan> paragraphs = paragraphs(text);
    List<Segment> out = new ArrayList<>();
    CharSpan headline = null;
    List<CharSpan> body = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      CharSpan p = paragraphs.get(i);
      String s = p.of(text);
      if (boilerplate.isBoilerplate(s)) {
        continue;
      }
      boolean last = i == paragraphs.size() - 1;
      if (!last && isHeadline(s)) {
        if (!body.isEmpty()) {
          out.add(new Segment(out.size(), headline, body));
          body = new ArrayList<>();
        }
        headline = p;
      } else {
        body.add(p);
      }
    }
    if (!body.isEmpty()) {
      out.add(new Segment(out.size(), headline, body));
    }
    return out;
  }

  static boolean isHeadline(String paragraph) {
    String p = paragraph.strip();
    if (p.isEmpty() || p.indexOf('\n') >= 0) {
      return false;
    }
    int end = p.length();
    while (end > 0 && "\"'”’»)".indexOf(p.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0 || ".!?:;,".indexOf(p.charAt(end - 1)) >= 0) {
      return false;
    }
    return p.split("\\s+").length <= MAX_HEADLINE_WORDS;
  }

  /** Blank-line separated blocks, trimmed, as spans into the text. */
  static List<CharSpan> paragraphs(String text) {
    List<CharSpan> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = i;
      while (i < n) {
        int lineEnd = text.indexOf('\n', i);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        String line = text.substring(i, lineEnd);
        if (line.isBlank()) {
          break;
        }
        end = i + line.stripTrailing().length();
        i = lineEnd + 1;
      }
      out.add(new CharSpan(start, end));
    }
    return out;
  }
}
