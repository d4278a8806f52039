package org.sitrep.quantity;

import org.sitrep.quantity.CasualtyLexicon.Role;
import org.sitrep.quantity.CasualtyMention.Category;

/**
 * Counts named by a noun: "20 bodies", "the deaths of the two commanders and 180 other fighters"
 * (a summed list), "the death toll rose to 112", "the number of people killed has risen to 75".
 * Stateless and thread-safe; results go to the {@link CasualtyScan}.
 */
final class NounCounts {
  private static final int TOLL_WINDOW = 15;
  private static final int LIST_ITEMS = 5;

  private final CasualtyLexicon lexicon;
  private final NumberParser numbers;
  private final VictimPhrase phrases;

  NounCounts(CasualtyLexicon lexicon, NumberParser numbers, VictimPhrase phrases) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.phrases = phrases;
  }

  /** "20 bodies", "30 fatalities": the count right before the noun. */
  void noun(CasualtyScan s, int i, Category c) {
    for (int q = Math.max(0, i - 4); q < i; q++) {
      NumberParser.NumberMatch m = numbers.parse(s.lower, q);
      if (m != null && m.end() == i && s.free(q, i)) {
        s.add(new FoundCount(q, i + 1, c, m.value(), -1, -1, m.approximate(), true));
        return;
      }
    }
  }

  /** "the deaths of the two commanders and 180 other fighters": a summed list. */
  boolean list(CasualtyScan s, int i, Category c) {
    int j = i + 2;
    long total = 0;
    boolean approximate = false;
    int items = 0;
    int end = j;
    int vs = -1;
    int ve = -1;
    while (items < LIST_ITEMS) {
      if (s.lower(j).equals("the")) {
        j++;
      }
      NumberParser.NumberMatch m = numbers.parse(s.lower, j);
      long n;
      VictimPhrase.Range v;
      if (m != null) {
        v = phrases.after(s.lower, s.tokens, m.end());
        if (v == VictimPhrase.NOT_PEOPLE || !s.free(m.start(), m.end())) {
          break;
        }
        n = m.value();
        approximate |= m.approximate();
        end = v == null ? m.end() : v.end();
      } else {
        boolean article = s.lower(j).equals("a") || s.lower(j).equals("an");
        v = phrases.after(s.lower, s.tokens, article ? j + 1 : j);
        if (v == null || v == VictimPhrase.NOT_PEOPLE || !article && !phrases.isOnePerson(s.lower, s.tokens, v)) {
          break;
        }
        n = 1;
        end = v.end();
      }
      if (items == 0 && v != null) {
        vs = v.start();
        ve = v.end();
      }
      total += n;
      items++;
      if (!s.lower(end).equals("and") && !s.lower(end).equals(",")) {
        break;
      }
      j = end + 1;
    }
    if (items == 0) {
      return false;
    }
    s.add(new FoundCount(i, end, c, total, vs, ve, approximate, vs < 0));
    return true;
  }

  /** "the death toll rose to 112": the first count after the phrase in the same clause. */
  boolean toll(CasualtyScan s, int i, Category c) {
    return tollFrom(s, i, i + 2, c);
  }

  /** The first count from token {@code from} on, in the clause; the mention starts at {@code i}. */
  private boolean tollFrom(CasualtyScan s, int i, int from, Category c) {
    for (int k = from; k < s.lower.length && k <= from + TOLL_WINDOW; k++) {
      String t = s.lower[k];
      if (t.equals(".") || t.equals(";")) {
        return false;
      }
      // A day after a capitalized word is a date ("June 5"), not the toll.
      if (k > 0 && s.tokens.get(k - 1).isCapitalized() && k - 1 > i) {
        continue;
      }
      NumberParser.NumberMatch m = numbers.parse(s.lower, k);
      if (m != null && !m.vague() && s.free(k, m.end()) && !s.isYear(m)) {
        s.add(new FoundCount(i, m.end(), c, m.value(), -1, -1, m.approximate(), false));
        return true;
      }
    }
    return false;
  }

  /** "the number of people killed has risen to 75": a toll named by the passive word. */
  void numberOf(CasualtyScan s, int i) {
    for (int k = i + 2; k < s.lower.length && k <= i + 6; k++) {
      Category c = lexicon.trigger(Role.PASSIVE, s.lower[k]);
      if (c != null) {
        tollFrom(s, i, k + 1, c);
        return;
      }
      if (VictimPhrase.isWord(s.tokens.get(k), s.lower[k]) && lexicon.is("stop", s.lower[k])) {
        return;
      }
    }
  }
}
