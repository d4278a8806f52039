package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.text.CharSpan;

/**
 * Wire datelines: "HODEIDAH, Yemen, March 9 (MNA) - ", "MOSCOW (Sputnik) - ". They say where and
 * when a story was filed, not where or when anything happened. One place for both readings: a
 * dateline opening the text or a paragraph (anchored, so an upper-case name and a comma and dash
 * will do), and an agency dateline anywhere in a page (unanchored, so it takes two capitals and
 * the agency's brackets). Stateless and thread-safe.
 */
final class WireDatelines {
  private static final int DATELINE_CHARS = 80;
  /** Upper-case letters and the punctuation of place names ("AL-HASAKA", "ST. PETERSBURG"). */
  private static final String NAME_CHARS = "[\\p{Lu} .'-]{1,30}";
  /** The agency in brackets after the place: "(Sputnik)", "(Wire Desk)". */
  private static final String AGENCY = " \\([^()\\n]{1,30}\\)";
  private static final Pattern OPENING_AGENCY =
      Pattern.compile("\\p{Lu}" + NAME_CHARS + AGENCY + "\\s*(?:[-—–]+\\s*)?");
  private static final Pattern ANY_AGENCY = Pattern.compile("\\b\\p{Lu}{2}" + NAME_CHARS + AGENCY);
  private static final String[] DASHES = {" - ", " — ", " – ", " -- "};

  private WireDatelines() {}

  /**
   * Where a dateline that opens the text at {@code from} (after blanks) ends, or 0: an upper-case
   * place name, then an agency in brackets, or a comma and a dash within the first line's opening.
   */
  static int end(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    Matcher agency = OPENING_AGENCY.matcher(text).region(i, Math.min(text.length(), i + DATELINE_CHARS));
    if (agency.lookingAt()) {
      return agency.end(); // "MOSCOW (Sputnik) — ", "GAZA (AFP) - "
    }
    int comma = text.indexOf(',', i);
    if (comma <= i || comma - i > 40) {
      return 0;
    }
    String head = text.substring(i, comma);
    if (!head.equals(head.toUpperCase(Locale.ROOT)) || head.chars().noneMatch(Character::isLetter)) {
      return 0;
    }
    for (String dash : DASHES) {
      int d = text.indexOf(dash, comma);
      if (d > 0 && d - i <= DATELINE_CHARS + 20 && text.substring(i, d).indexOf('\n') < 0) {
        return d + dash.length();
      }
    }
    return 0;
  }

  /** The dateline opening a paragraph, from its start to where the story begins, or null. */
  static CharSpan opening(String text, CharSpan paragraph) {
    int end = end(text, paragraph.start());
    return end > paragraph.start() && end <= paragraph.end() ? new CharSpan(paragraph.start(), end) : null;
  }

  /** Agency datelines anywhere in the text ("MOSCOW (Sputnik)" after a page's headline list). */
  static List<CharSpan> agencyDatelines(String text) {
    List<CharSpan> out = new ArrayList<>();
    Matcher m = ANY_AGENCY.matcher(text);
    while (m.find()) {
      out.add(new CharSpan(m.start(), m.end()));
    }
    return out;
  }
}
