package org.sitrep.segment;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.text.CharSpan;
import org.sitrep.text.Document;
import org.sitrep.text.Segment;

/**
 * Splits a report into items at headlines. Paragraphs are separated by blank lines; a headline is
 * a short one-line paragraph without closing punctuation that is followed by more text; in a live
 * blog, each paragraph that opens with a clock time starts an item. A plain wire story has no
 * such line and comes out as one segment. Boilerplate paragraphs are dropped. Thread-safe.
 */
public final class RoundupSegmenter implements Segmenter {
  private static final int MAX_HEADLINE_WORDS = 30;
  /** Live blogs stamp every entry; one stamped paragraph alone is more likely a time in prose. */
  private static final int MIN_LIVE_ENTRIES = 2;
  private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile(
      "\\[?(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d|[0-5]\\d\\s*(?:GMT|UTC))\\]?"
          + "(?:\\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|am|pm|a\\.m\\.|p\\.m\\.|local time))?\\s*[-–—:|]?\\s+\\p{Lu}");
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
    boolean liveBlog = paragraphs.stream().filter(p -> isTimestamped(p.of(text))).count() >= MIN_LIVE_ENTRIES;
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
      if (liveBlog && isTimestamped(s)) {
        // "10:42 Russian missiles struck …": each time-stamped entry of a live blog is an item.
        if (!body.isEmpty()) {
          out.add(new Segment(out.size(), headline, body));
          body = new ArrayList<>();
        }
        headline = null;
        body.add(p);
      } else if (!last && isHeadline(s)) {
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

  /** A paragraph that opens with a clock time: "10:42 …", "0942 GMT …", "[14.05] …". */
  static boolean isTimestamped(String paragraph) {
    return TIMESTAMP.matcher(paragraph).lookingAt();
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
