package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns place names into index keys. {@link #key} folds case, diacritics and punctuation so that
 * "Deir ez-Zor" and "Deir ez Zor" meet; {@link #skeleton} further drops Arabic articles, vowels and
 * semivowels so that transliteration variants ("Dayr az Zawr", "Deir al-Zour") meet. Stateless and
 * thread-safe.
 */
public final class NameKeys {
  private static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "il", "ul", "ad", "ed", "ud", "az", "ez", "uz", "as", "es", "us", "ar",
          "er", "ur", "at", "et", "ut", "an", "en", "un", "ash", "esh", "ush", "adh", "ath", "dh");

  /**
   * Arabic articles as GeoNames writes them before a name ("Al Qamishli", "Ar Raqqah"). Not
   * "el", which is also the Spanish article ("El Paso"), nor one-letter forms.
   */
  private static final Set<String> ARABIC_ARTICLES =
      Set.of("al", "ar", "as", "ad", "az", "at", "an", "ash", "adh", "ath");

  private NameKeys() {}

  /**
   * The key without its leading Arabic article when one stands before a word of four or more
   * letters ("al qamishli" gives "qamishli"); otherwise the key itself.
   */
  public static String withoutArabicArticle(String key) {
    int sp = key.indexOf(' ');
    if (sp <= 0 || !ARABIC_ARTICLES.contains(key.substring(0, sp))) {
      return key;
    }
    String rest = key.substring(sp + 1);
    int word = rest.indexOf(' ');
    return (word < 0 ? rest.length() : word) >= 4 ? rest : key;
  }

  /** Lower-case, diacritic-free, words of letters and digits separated by single spaces. */
  public static String key(String name) {
    boolean ascii = true;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    String s = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc' || c == '\u02bb'
          || c == '\u02be' || c == '\u02bf' || c == '\u00b4') {
        continue; // Ma'arrat, Ma`arrat and Maarrat are one name
      }
      if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      c = Character.toLowerCase(c);
      String mapped = fold(c);
      if (mapped != null) {
        if (pendingSpace && b.length() > 0) {
          b.append(' ');
        }
        pendingSpace = false;
        b.append(mapped);
      } else if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && b.length() > 0) {
          b.append(' ');
        }
        pendingSpace = false;
        b.append(c);
      } else {
        pendingSpace = true;
      }
    }
    return b.toString();
  }

  private static String fold(char c) {
    switch (c) {
      case 'ß':
        return "ss";
      case 'æ':
      case 'Æ':
        return "ae";
      case 'œ':
      case 'Œ':
        return "oe";
      case 'ø':
      case 'Ø':
        return "o";
      case 'đ':
      case 'Đ':
        return "d";
      case 'ł':
      case 'Ł':
        return "l";
      case 'ı':
        return "i";
      case 'þ':
      case 'Þ':
        return "th";
      default:
        return null;
    }
  }

  /**
   * A transliteration-tolerant key of a {@link #key}: articles dropped, each word reduced to its
   * first letter and its consonants other than h, w, y, doubled letters collapsed. Empty when too
   * little remains to be distinctive (fewer than four consonants).
   */
  public static String skeleton(String key) {
    return consonants(key, true, 4);
  }

  /**
   * A looser key than {@link #skeleton} for short names: articles dropped, each word reduced to its
   * first letter and its consonants other than h, w, y (q as k), only letters doubled in the
   * spelling collapsed, so that "Hodeidah", "Hudaydah" and "Al-Hudaydah" all give "hdd". Empty when
   * fewer than two consonants remain. Meant only for well-known places in a place context.
   */
  public static String looseSkeleton(String key) {
    return consonants(key, false, 2);
  }

  /**
   * A still looser key for first-level division names, which English spells after the local
   * pronunciation: the {@link #looseSkeleton} with g written as j ("Gezira" and "Al Jazirah" both
   * give "jzr"). Empty under three consonants ("Ghouta" is no "Geita"). Meant only for a name
   * followed by a division word.
   */
  public static String divisionKey(String key) {
    return consonants(key, false, 3).replace('g', 'j');
  }

  /**
   * Each word's first letter and its consonants (q as k; h, w, y count as vowels). A repeated
   * consonant is written once: across vowels too when {@code acrossVowels} ("dad" gives "d"), else
   * only where the spelling doubles it ("dd" gives "d", "dad" gives "dd"). Empty under
   * {@code minConsonants}.
   */
  private static String consonants(String key, boolean acrossVowels, int minConsonants) {
    StringBuilder b = new StringBuilder(key.length());
    int consonants = 0;
    for (String word : key.split(" ")) {
      if (word.isEmpty() || ARTICLES.contains(word)) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      char lastWritten = 0;
      char previous = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i) == 'q' ? 'k' : word.charAt(i);
        boolean vowelLike = "aeiouyhw".indexOf(c) >= 0;
        boolean repeated = acrossVowels ? c == lastWritten : c == previous;
        previous = c;
        if ((i > 0 && vowelLike) || (acrossVowels ? repeated : i > 0 && repeated)) {
          continue;
        }
        b.append(c);
        lastWritten = c;
        if (!vowelLike) {
          consonants++;
        }
      }
    }
    return consonants >= minConsonants ? b.toString() : "";
  }

  /** True when every letter of the name is Latin script (so it can appear in English text). */
  public static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
