package org.sitrep.quantity;

import org.sitrep.quantity.CasualtyMention.Category;

/**
 * In a sentence about aid (a word such as "aid", "besieged", "shelter"), a count of people that no
 * other rule claimed is a count of AFFECTED people: "food for 11,000 people in the town".
 * Stateless and thread-safe; results go to the {@link CasualtyScan}.
 */
final class AffectedCounts {
  private final CasualtyLexicon lexicon;
  private final NumberParser numbers;
  private final VictimPhrase phrases;

  AffectedCounts(CasualtyLexicon lexicon, NumberParser numbers, VictimPhrase phrases) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.phrases = phrases;
  }

  /** "11,000 people in the town" in a sentence about aid: AFFECTED. */
  void count(CasualtyScan s) {
    boolean aid = false;
    for (String t : s.lower) {
      if (lexicon.is("aidcue", t)) {
        aid = true;
        break;
      }
    }
    if (!aid) {
      return;
    }
    for (int i = 0; i < s.lower.length; i++) {
      if (s.used[i]) {
        continue;
      }
      NumberParser.NumberMatch m = numbers.parse(s.lower, i);
      if (m == null || !s.free(i, m.end())) {
        continue;
      }
      VictimPhrase.Range v = phrases.after(s.lower, s.tokens, m.end());
      if (v != null && v != VictimPhrase.NOT_PEOPLE && hasPeople(s, v)) {
        s.add(new FoundCount(i, v.end(), Category.AFFECTED, m.value(), v.start(), v.end(), m.approximate(), false));
        i = v.end() - 1;
      } else {
        i = m.end() - 1;
      }
    }
  }

  private boolean hasPeople(CasualtyScan s, VictimPhrase.Range v) {
    for (int k = v.start(); k < v.end(); k++) {
      if (lexicon.is("people", s.lower[k])) {
        return true;
      }
    }
    return false;
  }
}
