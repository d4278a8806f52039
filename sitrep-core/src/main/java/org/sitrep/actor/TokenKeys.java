package org.sitrep.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns token text into lookup keys, and lexicon phrases into the same token sequence CoreNLP's
 * tokenizer gives (possessive "'s" and brackets split off, hyphenated words kept whole).
 * Keys are lower-cased (Locale.ROOT), with typographic apostrophes and dashes made plain and
 * diacritics removed, so "Erdoğan’s" and "Erdogan's" meet.
 */
final class TokenKeys {
  private TokenKeys() {}

  static String key(String token) {
    return fold(token).toLowerCase(Locale.ROOT);
  }

  /** The token with apostrophes, dashes and diacritics made plain, case kept. */
  static String fold(String token) {
    boolean ascii = true;
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return token;
    }
    StringBuilder b = new StringBuilder(token.length());
    for (char c : Normalizer.normalize(token, Normalizer.Form.NFD).toCharArray()) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(switch (c) {
        case '\u2019', '\u2018', '\u02bc', '\u2032', '`' -> '\'';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
        case '\u0131' -> 'i';
        default -> c;
      });
    }
    return b.toString();
  }

  /**
   * Splits a lexicon phrase into tokens as the CoreNLP tokenizer would: "/", ",", dashes and
   * brackets stand alone; a possessive "'s" or a final apostrophe is split off; an apostrophe
   * inside a hyphenated word splits it ("al-Qa'ida" is "al-Qa", "'", "ida"; "Hay'at" stays whole).
   */
  static List<String> tokens(String phrase) {
    String spaced = phrase.replace("/", " / ").replace(",", " , ").replace("\u2013", " \u2013 ").replace("\u2014", " \u2014 ");
    List<String> out = new ArrayList<>();
    for (String w : fold(spaced).trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String tail = null;
      if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("'S"))) {
        tail = w.substring(w.length() - 2);
        w = w.substring(0, w.length() - 2);
      } else if (w.length() > 1 && w.endsWith("'")) {
        tail = "'";
        w = w.substring(0, w.length() - 1);
      }
      int apostrophe = w.indexOf('\'');
      while (w.indexOf('-') >= 0 && apostrophe > 0 && apostrophe < w.length() - 1) {
        out.add(w.substring(0, apostrophe));
        out.add("'");
        w = w.substring(apostrophe + 1);
        apostrophe = w.indexOf('\'');
      }
      out.add(w);
      if (tail != null) {
        out.add(tail);
      }
    }
    return out;
  }

  /** True when the phrase has letters and all are capitals: such aliases match only as written. */
  static boolean isAcronym(String phrase) {
    boolean upper = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }
}
