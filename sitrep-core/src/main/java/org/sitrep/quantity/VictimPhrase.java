package org.sitrep.quantity;

import java.util.List;
import org.sitrep.nlp.Token;

/**
 * Finds the victim phrase next to a count without a parser: a short run of words that no stop
 * word ("in", "and", "said") or casualty word interrupts. "312 Islamic State fighters and ..."
 * gives "Islamic State fighters"; "two more Islamic State field commanders" drops "more". A phrase
 * whose last word is not people ("24 hours", "four districts") is {@link #NOT_PEOPLE}: the count
 * is not a casualty count. Stateless and thread-safe.
 */
final class VictimPhrase {
  /** Token range [start, end) of a phrase. */
  record Range(int start, int end) {}

  /** The phrase after a count names things, not people. */
  static final Range NOT_PEOPLE = new Range(-1, -1);

  static final int MAX_WORDS = 6;

  private final CasualtyLexicon lexicon;

  VictimPhrase(CasualtyLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The phrase starting at token {@code j}; null when there is none. */
  Range after(String[] lower, List<Token> tokens, int j) {
    int k = j;
    while (k < lower.length && lexicon.is("modifier", lower[k])) {
      k++;
    }
    if (k > j && k < lower.length && lower[k - 1].equals("of") && lower[k].equals("the")) {
      k++;
    }
    int s = k;
    while (k < lower.length && k - s < MAX_WORDS && isWord(tokens.get(k), lower[k])
        && (!ends(lower[k]) || lower[k].equals("the") && k > s && lower[k - 1].equals("of"))) {
      k++;
      if (lexicon.is("people", lower[k - 1])) {
        // "11,000 people in need": a plain word for people ends the phrase.
        break;
      }
    }
    while (k > s && (lower[k - 1].equals("of") || lower[k - 1].equals("the"))) {
      // "members of the tribe" keeps its "of the"; a phrase never ends on one.
      k--;
    }
    if (k == s) {
      return null;
    }
    for (int w = s; w < k; w++) {
      if (lexicon.is("nonvictim", lower[w])) {
        return NOT_PEOPLE;
      }
    }
    return new Range(s, k);
  }

  /**
   * True when the phrase names one person: its last lower-case word, before any trailing names,
   * is a singular noun for a person ("ISIS leader Abu Bakr al-Baghdadi", "the commander").
   */
  boolean isOnePerson(String[] lower, List<Token> tokens, Range r) {
    int k = r.end() - 1;
    for (int w = r.start() + 1; w < r.end(); w++) {
      if (lower[w].equals("of")) {
        // "the commander of the brigade": the head comes before "of".
        k = w - 1;
        break;
      }
    }
    while (k > r.start() && hasUpperCase(tokens.get(k).text())) {
      k--;
    }
    return lexicon.is("person", lower[k]);
  }

  /** Names, including "al-Baghdadi" and "McDonald". */
  private static boolean hasUpperCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when a phrase cannot go on through this word. */
  boolean ends(String lower) {
    return lexicon.is("stop", lower) || lexicon.trigger(CasualtyLexicon.Role.ACTIVE, lower) != null
        || lexicon.trigger(CasualtyLexicon.Role.PASSIVE, lower) != null;
  }

  /** A word of a noun phrase: starts with a letter, or is a possessive "'s". */
  static boolean isWord(Token t, String lower) {
    return Character.isLetter(t.text().charAt(0)) || lower.equals("'s") || lower.equals("’s");
  }

  /** Words or numbers that may make up a counted subject read backwards ("at least 28 people"). */
  static boolean isWordOrNumber(Token t, String lower) {
    return isWord(t, lower) || Character.isDigit(t.text().charAt(0));
  }
}
