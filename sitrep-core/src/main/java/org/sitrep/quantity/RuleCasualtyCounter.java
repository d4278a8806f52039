package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quantity.CasualtyLexicon.Role;
import org.sitrep.quantity.CasualtyMention.Category;
import org.sitrep.text.CharSpan;

/**
 * Rule-based {@link CasualtyCounter} over tokens alone. Each casualty word from
 * {@code casualty.txt} looks for its count where its role puts it: after an active verb
 * ("killed 312 fighters"), before a passive word ("30 people were killed", "left five dead"),
 * before a noun ("20 bodies"), in a list after "deaths of" (summed), or after "death toll". A
 * bare count next to another ("killed 312 fighters and captured seven") takes that mention's
 * victim. Counts of people in a sentence about aid are AFFECTED. Numbers that count things
 * ("24 hours", "four districts") never count. Thread-safe: per-call state lives in a {@link Scan}.
 */
public final class RuleCasualtyCounter implements CasualtyCounter {
  private static final int TOLL_WINDOW = 15;
  private static final int LIST_ITEMS = 5;
  private static final java.util.Set<String> SINGULAR_AUX = java.util.Set.of("was", "is", "has");

  private final CasualtyLexicon lexicon;
  private final NumberParser numbers;
  private final VictimPhrase phrases;

  private RuleCasualtyCounter(CasualtyLexicon lexicon, NumberParser numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    phrases = new VictimPhrase(lexicon);
  }

  /** Loads the casualty and number lexicons; fails loudly naming a broken resource. */
  public static RuleCasualtyCounter load() {
    return new RuleCasualtyCounter(CasualtyLexicon.load(), NumberParser.load());
  }

  /** A count over tokens [start, end); victim tokens [victimStart, victimEnd), -1 when none. */
  private record Found(int start, int end, Category category, long n, int victimStart, int victimEnd,
      boolean approximate, boolean bare) {
    Found withVictim(int vs, int ve) {
      return new Found(start, end, category, n, vs, ve, approximate, false);
    }
  }

  /** Per-call state: one sentence's lower-cased tokens and which tokens a count already used. */
  private static final class Scan {
    final List<Token> tokens;
    final String[] lower;
    final boolean[] used;
    final List<Found> found = new ArrayList<>(2);

    Scan(List<Token> tokens) {
      this.tokens = tokens;
      lower = new String[tokens.size()];
      used = new boolean[tokens.size()];
      for (int i = 0; i < lower.length; i++) {
        lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      }
    }

    String lower(int i) {
      return i >= 0 && i < lower.length ? lower[i] : "";
    }

    boolean free(int from, int to) {
      for (int k = Math.max(0, from); k < to && k < used.length; k++) {
        if (used[k]) {
          return false;
        }
      }
      return true;
    }

    void add(Found f) {
      for (int k = f.start(); k < f.end(); k++) {
        used[k] = true;
      }
      found.add(f);
    }
  }

  @Override
  public List<CasualtyMention> count(String text, Sentence sentence) {
    Scan s = new Scan(sentence.tokens());
    for (int i = 0; i < s.lower.length; i++) {
      if (!s.used[i]) {
        trigger(s, i);
      }
    }
    affected(s);
    if (s.found.isEmpty()) {
      return List.of();
    }
    s.found.sort(Comparator.comparingInt(Found::start));
    inheritVictims(s);
    List<CasualtyMention> out = new ArrayList<>(s.found.size());
    for (Found f : s.found) {
      CharSpan victim = f.victimStart() < 0 ? null : chars(s, f.victimStart(), f.victimEnd());
      out.add(new CasualtyMention(chars(s, f.start(), f.end()), f.category(), f.n(), victim, f.approximate()));
    }
    return out;
  }

  private void trigger(Scan s, int i) {
    String t = s.lower[i];
    Category c;
    if (s.lower(i + 1).equals("of") && (c = lexicon.trigger(Role.OF, t)) != null && list(s, i, c)) {
      return;
    }
    if ((c = lexicon.trigger(Role.TOLL, t)) != null && s.lower(i + 1).equals("toll") && toll(s, i, c)) {
      return;
    }
    if ((c = lexicon.trigger(Role.ACTIVE, t)) != null && active(s, i, c)) {
      return;
    }
    if ((c = lexicon.trigger(Role.PASSIVE, t)) != null && passive(s, i, c, i)) {
      return;
    }
    if ((c = lexicon.trigger(Role.NOUN, t)) != null) {
      noun(s, i, c);
    }
  }

  /**
   * "killed 312 Islamic State fighters", "killing at least 12 civilians", "captured seven",
   * "killed ISIS leader Abu Bakr al-Baghdadi"; a coordinated object ("killed the driver and two
   * passengers") gives one count per conjunct.
   */
  private boolean active(Scan s, int i, Category c) {
    int j = i + 1;
    if (s.lower(j).equals("a") && s.lower(j + 1).equals("total") && s.lower(j + 2).equals("of")) {
      j += 3;
    } else if (s.lower(j).equals("all")) {
      j++;
    }
    Found first = object(s, i, j, c);
    if (first == null) {
      return false;
    }
    s.add(first);
    Found last = first;
    for (int item = 1; item < LIST_ITEMS && s.lower(last.end()).equals("and"); item++) {
      Found next = object(s, last.end() + 1, last.end() + 1, c);
      if (next == null) {
        break;
      }
      s.add(next);
      last = next;
    }
    return true;
  }

  /** One counted object at token {@code j}; the mention starts at {@code from}. */
  private Found object(Scan s, int from, int j, Category c) {
    NumberParser.NumberMatch m = numbers.parse(s.lower, j);
    if (m != null) {
      VictimPhrase.Range v = phrases.after(s.lower, s.tokens, m.end());
      if (v == VictimPhrase.NOT_PEOPLE || !s.free(m.start(), m.end()) || v == null && isYear(s, m)) {
        return null;
      }
      int end = v == null ? m.end() : v.end();
      return new Found(from, end, c, m.value(), v == null ? -1 : v.start(), v == null ? -1 : v.end(),
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
      return new Found(from, v.end(), c, 1, vs, v.end(), false, false);
    }
    return null;
  }

  /**
   * "30 people were killed", "A Red Crescent worker has been seriously wounded", "15 killed",
   * "600,000 affected civilians"; a coordinated subject ("three soldiers and two civilians were
   * killed") gives one count per conjunct.
   */
  private boolean passive(Scan s, int i, Category c, int trigger) {
    int k = i - 1;
    boolean singular = false;
    while (k >= 0 && (lexicon.is("aux", s.lower[k]) || lexicon.is("negation", s.lower[k]))) {
      if (lexicon.is("negation", s.lower[k])) {
        return false;
      }
      singular |= SINGULAR_AUX.contains(s.lower[k]);
      k--;
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
  private int subject(Scan s, int end, Category c, int trigger, boolean adjacent, boolean singular) {
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
    for (int q = Math.max(0, start - 3); q < start; q++) {
      NumberParser.NumberMatch m = numbers.parse(s.lower, q);
      if (m != null && m.qualifier() != NumberParser.Qualifier.EXACT && m.end() > start && s.free(q, start)) {
        start = q;
        break;
      }
    }
    for (int p = start; p < end; p++) {
      NumberParser.NumberMatch m = numbers.parse(s.lower, p);
      if (m == null || m.end() > end || m.end() == end && isYear(s, m)) {
        continue;
      }
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
        s.add(new Found(m.start(), spanEnd, c, m.value(), owner == null ? -1 : owner[0],
            owner == null ? -1 : owner[1], m.approximate(), owner == null));
      } else {
        s.add(new Found(m.start(), spanEnd, c, m.value(), vs, ve, m.approximate(), false));
      }
      return m.start();
    }
    String first = s.lower(start);
    if ((first.equals("a") || first.equals("an") || first.equals("another") || first.equals("one"))
        && end - start >= 2 && !lexicon.is("nonvictim", s.lower[end - 1])) {
      s.add(new Found(start, trigger + 1, c, 1, start, end, false, false));
      return start;
    }
    if (singular && c != Category.AFFECTED && end > start
        && phrases.isOnePerson(s.lower, s.tokens, new VictimPhrase.Range(start, end))) {
      // "the commander was killed": one person, named by a singular noun and verb.
      s.add(new Found(start, trigger + 1, c, 1, start, end, false, false));
      return start;
    }
    return -1;
  }

  /** A bare four-digit number from 1900 to 2100 is a year ("since 2011, ... killed"), not a count. */
  private static boolean isYear(Scan s, NumberParser.NumberMatch m) {
    String t = s.lower[m.start()];
    return m.end() == m.start() + 1 && t.length() == 4 && m.value() >= 1900 && m.value() <= 2100;
  }

  /** "put their losses at 15 killed": the owner of the losses, as token range, or null. */
  private int[] lossOwner(Scan s, int number) {
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

  /** "20 bodies", "30 fatalities": the count right before the noun. */
  private void noun(Scan s, int i, Category c) {
    for (int q = Math.max(0, i - 4); q < i; q++) {
      NumberParser.NumberMatch m = numbers.parse(s.lower, q);
      if (m != null && m.end() == i && s.free(q, i)) {
        s.add(new Found(q, i + 1, c, m.value(), -1, -1, m.approximate(), true));
        return;
      }
    }
  }

  /** "the deaths of the two commanders and 180 other fighters": a summed list. */
  private boolean list(Scan s, int i, Category c) {
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
    s.add(new Found(i, end, c, total, vs, ve, approximate, vs < 0));
    return true;
  }

  /** "the death toll rose to 112": the first count after the phrase in the same clause. */
  private boolean toll(Scan s, int i, Category c) {
    for (int k = i + 2; k < s.lower.length && k <= i + TOLL_WINDOW; k++) {
      String t = s.lower[k];
      if (t.equals(".") || t.equals(";")) {
        return false;
      }
      // A day after a capitalized word is a date ("June 5"), not the toll.
      if (k > 0 && s.tokens.get(k - 1).isCapitalized() && k - 1 > i) {
        continue;
      }
      NumberParser.NumberMatch m = numbers.parse(s.lower, k);
      if (m != null && !m.vague() && s.free(k, m.end())) {
        s.add(new Found(i, m.end(), c, m.value(), -1, -1, m.approximate(), false));
        return true;
      }
    }
    return false;
  }

  /** "11,000 people in the town" in a sentence about aid: AFFECTED. */
  private void affected(Scan s) {
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
        s.add(new Found(i, v.end(), Category.AFFECTED, m.value(), v.start(), v.end(), m.approximate(), false));
        i = v.end() - 1;
      } else {
        i = m.end() - 1;
      }
    }
  }

  private boolean hasPeople(Scan s, VictimPhrase.Range v) {
    for (int k = v.start(); k < v.end(); k++) {
      if (lexicon.is("people", s.lower[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A bare count joined to a neighbour by "and" or a comma shares its victim: "killed 312 fighters
   * and captured seven", "put their losses at 15 killed and 21 wounded".
   */
  private static void inheritVictims(Scan s) {
    List<Found> f = s.found;
    for (int k = 0; k < f.size(); k++) {
      Found cur = f.get(k);
      if (!cur.bare()) {
        continue;
      }
      if (k > 0 && f.get(k - 1).victimStart() >= 0 && joined(s, f.get(k - 1).end(), cur.start())) {
        f.set(k, cur.withVictim(f.get(k - 1).victimStart(), f.get(k - 1).victimEnd()));
      } else if (k + 1 < f.size() && f.get(k + 1).victimStart() >= 0 && !f.get(k + 1).bare()
          && joined(s, cur.end(), f.get(k + 1).start())) {
        f.set(k, cur.withVictim(f.get(k + 1).victimStart(), f.get(k + 1).victimEnd()));
      }
    }
  }

  private static boolean joined(Scan s, int from, int to) {
    if (to - from > 2 || to < from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String t = s.lower[k];
      if (!t.equals("and") && !t.equals(",") && !t.equals("while")) {
        return false;
      }
    }
    return true;
  }

  private static CharSpan chars(Scan s, int from, int to) {
    return new CharSpan(s.tokens.get(from).span().start(), s.tokens.get(to - 1).span().end());
  }
}
