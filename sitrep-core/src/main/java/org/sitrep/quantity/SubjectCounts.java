package org.sitrep.quantity;

import org.sitrep.quantity.CasualtyMention.Category;

/**
 * Counts before a passive or state word: "30 people were killed", "A Red Crescent worker has been
 * seriously wounded", "15 killed", "left five dead", "600,000 affected civilians", "the commander
 * was killed"; a coordinated subject gives one count per conjunct. Stateless and thread-safe;
 * results go to the {@link CasualtyScan}.
 */
final class SubjectCounts {
  private static final int LIST_ITEMS = 5;
  private static final java.util.Set<String> SINGULAR_AUX = java.util.Set.of("was", "is", "has");

  private final CasualtyLexicon lexicon;
  private final NumberParser numbers;
  private final VictimPhrase phrases;

  SubjectCounts(CasualtyLexicon lexicon, NumberParser numbers, VictimPhrase phrases) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.phrases = phrases;
  }

  /**
   * "30 people were killed", "A Red Crescent worker has been seriously wounded", "15 killed",
   * "600,000 affected civilians"; a coordinated subject ("three soldiers and two civilians were
   * killed") gives one count per conjunct.
   */
  boolean passive(CasualtyScan s, int i, Category c, int trigger) {
    if (c == Category.KILLED && (s.lower(trigger + 1).equals("and") || s.lower(trigger + 1).equals("&"))
        && lexicon.trigger(CasualtyLexicon.Role.PASSIVE, s.lower(trigger + 2)) == Category.WOUNDED) {
      return false; // "49 fighters were killed and wounded": casualties, not deaths
    }
    int k = i - 1;
    boolean singular = false;
    while (k >= 0 && (lexicon.is("aux", s.lower[k]) || lexicon.is("negation", s.lower[k]))) {
      if (lexicon.is("negation", s.lower[k])) {
        return false;
      }
      singular |= SINGULAR_AUX.contains(s.lower[k]);
      k--;
    }
    int aside = asideStart(s, k);
    if (aside > 0 && subject(s, aside, c, trigger, false, singular) >= 0) {
      return true; // "13 civilians, mostly women and children, were killed": the whole, not the part
    }
    boolean any = false;
    int end = k + 1;
    for (int item = 0; item < LIST_ITEMS && end > 0; item++) {
      int start = subject(s, end, c, trigger, item == 0 && end == trigger, singular && item == 0);
      if (start < 0) {
        break;
      }
      any = true;
      if (!s.lower(start - 1).equals("and")) {
        break;
      }
      end = start - 1;
    }
    return any;
  }

  /** One counted subject ending before token {@code end}; returns its first token or -1. */
  private int subject(CasualtyScan s, int end, Category c, int trigger, boolean adjacent, boolean singular) {
    int start = end;
    while (start > 0 && end - start < 8 && s.free(start - 1, start)
        && VictimPhrase.isWordOrNumber(s.tokens.get(start - 1), s.lower[start - 1])
        && !lexicon.is("stop", s.lower[start - 1])) {
      start--;
      String w = s.lower[start];
      if (w.equals("a") || w.equals("an") || w.equals("another")) {
        break;
      }
    }
    for (int k = start + 1; k + 1 < end; k++) {
      String next = s.lower(k + 1);
      if (s.lower(k).equals("of") && (next.equals("them") || next.equals("whom"))) {
        // "ten civilians, some of them children, killed": the part's quantifier ends the whole.
        int outer = subject(s, k - 1, c, trigger, false, singular);
        if (outer >= 0) {
          return outer;
        }
        break;
      }
    }
    String before = s.lower(start - 1);
    int of = lexicon.is("subjectprep", before) ? start - 1
        : lexicon.is("determiner", before) && lexicon.is("subjectprep", s.lower(start - 2)) ? start - 2 : -1;
    if (of > 0 && !hasNumber(s, start, end)) {
      // "28 fighters of the militant group were killed", "two of the guards were wounded", "some
      // 50 civilians in Syria have been killed": the count stands before the group the victims
      // belong to or the place they were in.
      int outer = subject(s, of, c, trigger, false, singular);
      if (outer >= 0) {
        return outer;
      }
    }
    if ((before.equals("including") || before.equals("among")) && start - 1 > 0) {
      // "23 civilians including nine children were killed": the whole comes before the part.
      int outer = subject(s, start - 1, c, trigger, false, singular);
      if (outer >= 0) {
        return outer;
      }
    }
    for (int q = Math.max(0, start - 3); q < start; q++) {
      NumberParser.NumberMatch m = numbers.parse(s.lower, q);
      if (m != null && m.qualifier() != NumberParser.Qualifier.EXACT && m.end() > start && s.free(q, start)) {
        start = q;
        break;
      }
    }
    // The count is the last number before the noun: "28 October 2016 13 citizens killed" counts 13.
    NumberParser.NumberMatch last = null;
    for (int p = start; p < end; p++) {
      NumberParser.NumberMatch m = numbers.parse(s.lower, p);
      if (m == null || m.end() > end || s.isYear(m)) {
        continue; // "17 June 2016 Civilians Killed": a year is no count
      }
      last = m;
      p = m.end() - 1;
    }
    if (last != null) {
      NumberParser.NumberMatch m = last;
      int vs = m.end();
      while (vs < end && lexicon.is("modifier", s.lower[vs])) {
        vs++;
      }
      if (vs < end && lexicon.is("nonvictim", s.lower[end - 1])) {
        return -1;
      }
      int spanEnd = trigger + 1;
      int ve = end;
      if (vs == end && adjacent) {
        // "600,000 affected civilians": the victim follows the word.
        VictimPhrase.Range after = phrases.after(s.lower, s.tokens, trigger + 1);
        if (after == VictimPhrase.NOT_PEOPLE) {
          return -1;
        }
        if (after != null) {
          vs = after.start();
          ve = after.end();
          spanEnd = ve;
        }
      }
      if (vs == ve) {
        int[] owner = lossOwner(s, m.start());
        s.add(new FoundCount(m.start(), spanEnd, c, m.value(), owner == null ? -1 : owner[0],
            owner == null ? -1 : owner[1], m.approximate(), owner == null));
      } else {
        s.add(new FoundCount(m.start(), spanEnd, c, m.value(), vs, ve, m.approximate(), false));
      }
      return m.start();
    }
    String first = s.lower(start);
    if (end - start == 1 && start >= 3 && s.lower(start - 1).equals("and")
        && (s.lower(start - 3).equals("a") || s.lower(start - 3).equals("an"))
        && lexicon.is("person", s.lower[start]) && lexicon.is("person", s.lower[start - 2])) {
      // "A woman and child were killed": two people, the second article elided.
      s.add(new FoundCount(start - 3, trigger + 1, c, 2, start - 3, end, false, false));
      return start - 3;
    }
    if ((first.equals("a") || first.equals("an") || first.equals("another") || first.equals("one"))
        && end - start >= 2 && !lexicon.is("nonvictim", s.lower[end - 1])) {
      s.add(new FoundCount(start, trigger + 1, c, 1, start, end, false, false));
      return start;
    }
    if (singular && c != Category.AFFECTED && end > start
        && phrases.isOnePerson(s.lower, s.tokens, new VictimPhrase.Range(start, end))) {
      // "the commander was killed": one person, named by a singular noun and verb.
      s.add(new FoundCount(start, trigger + 1, c, 1, start, end, false, false));
      return start;
    }
    return -1;
  }

  /**
   * Where an aside that tells what the victims were starts, when it ends at token {@code last}
   * right before the verb: the opening comma of ", mostly women and children," or the cue word of
   * "mostly women and children" (the subject is then read before it); -1 when there is none.
   */
  private int asideStart(CasualtyScan s, int last) {
    if (last <= 0) {
      return -1;
    }
    if (s.lower(last).equals(",")) {
      for (int q = last - 1; q > 0 && last - q <= ASIDE_TOKENS + 1; q--) {
        String w = s.lower(q);
        if (w.equals(",")) {
          return q < last - 1 ? q : -1;
        }
        if (!VictimPhrase.isWordOrNumber(s.tokens.get(q), w)) {
          return -1;
        }
      }
      return -1;
    }
    for (int q = last; q > 0 && last - q < ASIDE_TOKENS; q--) {
      String w = s.lower(q);
      if (lexicon.is("asidecue", w)) {
        return q;
      }
      if (!VictimPhrase.isWord(s.tokens.get(q), w)) {
        return -1;
      }
    }
    return -1;
  }

  private static final int ASIDE_TOKENS = 6;

  /** Whether a number (not a year) starts within tokens [start, end). */
  private boolean hasNumber(CasualtyScan s, int start, int end) {
    for (int p = start; p < end; p++) {
      NumberParser.NumberMatch m = numbers.parse(s.lower, p);
      if (m != null && !s.isYear(m)) {
        return true;
      }
    }
    return false;
  }

  /** "put their losses at 15 killed": the owner of the losses, as token range, or null. */
  private int[] lossOwner(CasualtyScan s, int number) {
    String prep = s.lower(number - 1);
    if (!(prep.equals("at") || prep.equals("as") || prep.equals("to") || prep.equals("of"))
        || !lexicon.is("lossnoun", s.lower(number - 2))) {
      return null;
    }
    int o = number - 3;
    if (lexicon.is("possessor", s.lower(o))) {
      return new int[] {o, o + 1};
    }
    if (s.lower(o).equals("'s") || s.lower(o).equals("’s")) {
      int b = o;
      while (b > 0 && o - b < 4 && s.tokens.get(b - 1).isCapitalized()) {
        b--;
      }
      return b < o ? new int[] {b, o} : null;
    }
    return null;
  }
}
