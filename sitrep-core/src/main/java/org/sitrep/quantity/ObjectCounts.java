package org.sitrep.quantity;

import org.sitrep.quantity.CasualtyMention.Category;

/**
 * Counts after an active verb: "killed 312 Islamic State fighters", "killing at least 12
 * civilians", "captured seven", "killed ISIS leader Abu Bakr al-Baghdadi", "took 11 soldiers
 * captive". Stateless and thread-safe; results go to the {@link CasualtyScan}.
 */
final class ObjectCounts {
  private static final int LIST_ITEMS = 5;

  private final CasualtyLexicon lexicon;
  private final NumberParser numbers;
  private final VictimPhrase phrases;

  ObjectCounts(CasualtyLexicon lexicon, NumberParser numbers, VictimPhrase phrases) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.phrases = phrases;
  }

  /**
   * "killed 312 Islamic State fighters", "killing at least 12 civilians", "captured seven",
   * "killed ISIS leader Abu Bakr al-Baghdadi"; a coordinated object ("killed the driver and two
   * passengers") gives one count per conjunct.
   */
  boolean active(CasualtyScan s, int i, Category c) {
    int j = i + 1;
    if (s.lower(j).equals("a") && s.lower(j + 1).equals("total") && s.lower(j + 2).equals("of")) {
      j += 3;
    } else if (s.lower(j).equals("all")) {
      j++;
    }
    FoundCount first = object(s, i, j, c);
    if (first == null) {
      return false;
    }
    s.add(first);
    FoundCount last = first;
    for (int item = 1; item < LIST_ITEMS; item++) {
      int joiner = joinerLength(s, last.end());
      if (joiner == 0) {
        break;
      }
      FoundCount next = object(s, last.end() + joiner, last.end() + joiner, c);
      if (next == null) {
        break;
      }
      s.add(next);
      last = next;
    }
    return true;
  }

  /** Tokens of "and" or "as well as" at {@code k} joining two counted objects, or 0. */
  private static int joinerLength(CasualtyScan s, int k) {
    if (s.lower(k).equals("and")) {
      return 1;
    }
    return s.lower(k).equals("as") && s.lower(k + 1).equals("well") && s.lower(k + 2).equals("as") ? 3 : 0;
  }

  /** One counted object at token {@code j}; the mention starts at {@code from}. */
  private FoundCount object(CasualtyScan s, int from, int j, Category c) {
    NumberParser.NumberMatch m = numbers.parse(s.lower, j);
    if (m != null) {
      VictimPhrase.Range v = phrases.after(s.lower, s.tokens, m.end());
      if (v == VictimPhrase.NOT_PEOPLE || !s.free(m.start(), m.end()) || v == null && s.isYear(m)) {
        return null;
      }
      int after = v == null ? m.end() : v.end();
      int verb = after;
      while (verb < s.lower.length && lexicon.is("aux", s.lower[verb])) {
        verb++;
      }
      if (verb > after && lexicon.trigger(CasualtyLexicon.Role.PASSIVE, s.lower(verb)) != null) {
        // "media claimed 49 fighters were killed and wounded": the count is the subject of a
        // passive clause, read (or not) by the passive rule, not the verb's object.
        return null;
      }
      if (lexicon.trigger(CasualtyLexicon.Role.PASSIVE, s.lower(after)) != null
          && numbers.parse(s.lower, after + 1) == null) {
        // "2 killed 8 injured", "13 civilians killed 43 others injured": the 8 and the 43 are the
        // injured; but in "killed 5 people wounded 12" the second verb has its own count.
        return null;
      }
      int end = v == null ? m.end() : v.end();
      return new FoundCount(from, end, c, m.value(), v == null ? -1 : v.start(), v == null ? -1 : v.end(),
          m.approximate(), v == null);
    }
    String w = s.lower(j);
    boolean article = w.equals("a") || w.equals("an");
    boolean definite = w.equals("the") || lexicon.is("possessor", w);
    if (c == Category.AFFECTED || !s.free(j, j + 1)) {
      return null;
    }
    VictimPhrase.Range v = phrases.after(s.lower, s.tokens, article || definite ? j + 1 : j);
    if (v == null || v == VictimPhrase.NOT_PEOPLE) {
      return null;
    }
    if (article || phrases.isOnePerson(s.lower, s.tokens, v)) {
      int vs = article || definite ? j : v.start();
      return new FoundCount(from, v.end(), c, 1, vs, v.end(), false, false);
    }
    return null;
  }

  /** "took 11 soldiers captive", "taking 20 hostages": CAPTURED. */
  void captor(CasualtyScan s, int i) {
    NumberParser.NumberMatch m = numbers.parse(s.lower, i + 1);
    if (m == null || !s.free(m.start(), m.end())) {
      return;
    }
    VictimPhrase.Range v = phrases.after(s.lower, s.tokens, m.end());
    if (v == VictimPhrase.NOT_PEOPLE) {
      return;
    }
    int after = v == null ? m.end() : v.end();
    if (lexicon.is("captiveword", s.lower(after))) {
      // "11 soldiers captive": the victim, then the word that makes them captives.
      s.add(new FoundCount(i, after + 1, Category.CAPTURED, m.value(), v == null ? -1 : v.start(),
          v == null ? -1 : v.end(), m.approximate(), v == null));
    } else if (v != null && lexicon.is("captiveword", s.lower[v.end() - 1])) {
      // "20 hostages" names the victims itself; "soldiers prisoner" would end in the word.
      int ve = v.end() - v.start() > 1 ? v.end() - 1 : v.end();
      s.add(new FoundCount(i, v.end(), Category.CAPTURED, m.value(), v.start(), ve, m.approximate(), false));
    }
  }
}
