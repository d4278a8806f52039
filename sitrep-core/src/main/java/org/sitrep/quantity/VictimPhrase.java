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
    while (k < lower.length && k - s < MAX_WORDS && isWord(tokens.get(k), lower[k]) && !ends(lower[k])) {
      k++;
      if (lexicon.is("people", lower[k - 1])) {
        // "11,000 people in need": a plain word for people ends the phrase.
        break;
      }
    }
    if (k == s) {
      return null;
    }
    return lexicon.is("nonvictim", lower[k - 1]) ? NOT_PEOPLE : new Range(s, k);
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
