package org.sitrep.geo;

/**
 * Checks on a place found by its {@link NameKeys#looseSkeleton} only: whether the name written is
 * close enough in spelling to the place's own name to be a variant of it. Stateless; thread-safe.
 */
final class SpellingGuess {
  private SpellingGuess() {}

  /**
   * Whether a loose match is also close in spelling: edit distance at most two fifths of the
   * longer name and lengths within one letter, articles aside ("hodeidah" / "hudaydah": 3 of 8),
   * so that "Matthew" does not become Mayotte nor "Karama" Kōriyama although their consonants
   * agree. Divisions are compared by their label.
   */
  static boolean closeSpelling(String key, Place p) {
    String a = withoutArticle(key);
    String b = withoutArticle(NameKeys.key(p.feature().equals("ADM1") && p.admin1() != null ? p.admin1() : p.name()));
    return close(a, b) || editDistance(undoubled(a), undoubled(b)) <= 1;
  }

  private static boolean close(String a, String b) {
    int max = Math.max(a.length(), b.length());
    return Math.abs(a.length() - b.length()) <= 1 && editDistance(a, b) * 5 <= max * 2;
  }

  /**
   * Arabic transliteration may or may not double a consonant (shadda) or write a final h (ta
   * marbuta): "Raqa", "Raqqa" and "Raqqah" are one name. Doubled letters collapse and a word's
   * final h after a vowel goes; the two forms may then differ in one letter at most.
   */
  static String undoubled(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (b.length() > 0 && b.charAt(b.length() - 1) == c && Character.isLetter(c)) {
        continue;
      }
      boolean wordEnd = i + 1 == key.length() || key.charAt(i + 1) == ' ';
      if (c == 'h' && wordEnd && b.length() > 1 && "aeiou".indexOf(b.charAt(b.length() - 1)) >= 0) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static String withoutArticle(String key) {
    int sp = key.indexOf(' ');
    if (sp > 0 && sp <= 3 && key.length() > sp + 1 && (key.startsWith("al ") || key.startsWith("el ")
        || key.startsWith("ad ") || key.startsWith("ar ") || key.startsWith("as ") || key.startsWith("az ")
        || key.startsWith("ash ") || key.startsWith("at "))) {
      return key.substring(sp + 1);
    }
    return key;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[b.length()];
  }
}
