package org.sitrep.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.nlp.Sentence;
import org.sitrep.quantity.CasualtyLexicon.Role;
import org.sitrep.quantity.CasualtyMention.Category;
import org.sitrep.text.CharSpan;

/**
 * Rule-based {@link CasualtyCounter} over tokens alone. Each casualty word from
 * {@code casualty.txt} looks for its count where its role puts it: after an active verb
 * ({@link ObjectCounts}: "killed 312 fighters"), before a passive word ({@link SubjectCounts}:
 * "30 people were killed", "left five dead"), or with a noun ({@link NounCounts}: "20 bodies",
 * "the deaths of two commanders and 180 other fighters", "the death toll rose to 112"). Counts of
 * people in a sentence about aid are AFFECTED ({@link AffectedCounts}). A bare count next to
 * another ("killed 312 fighters and captured seven") takes that mention's victim. Numbers that
 * count things ("24 hours", "four districts") and years never count. Thread-safe: per-call state
 * lives in a {@link CasualtyScan}.
 */
public final class RuleCasualtyCounter implements CasualtyCounter {
  private final CasualtyLexicon lexicon;
  private final ObjectCounts objects;
  private final SubjectCounts subjects;
  private final NounCounts nouns;
  private final AffectedCounts affected;

  private RuleCasualtyCounter(CasualtyLexicon lexicon, NumberParser numbers) {
    this.lexicon = lexicon;
    VictimPhrase phrases = new VictimPhrase(lexicon);
    objects = new ObjectCounts(lexicon, numbers, phrases);
    subjects = new SubjectCounts(lexicon, numbers, phrases);
    nouns = new NounCounts(lexicon, numbers, phrases);
    affected = new AffectedCounts(lexicon, numbers, phrases);
  }

  /** Loads the casualty and number lexicons; fails loudly naming a broken resource. */
  public static RuleCasualtyCounter load() {
    return new RuleCasualtyCounter(CasualtyLexicon.load(), NumberParser.load());
  }

  @Override
  public List<CasualtyMention> count(String text, Sentence sentence) {
    CasualtyScan s = new CasualtyScan(sentence.tokens());
    for (int i = 0; i < s.lower.length; i++) {
      if (!s.used[i]) {
        trigger(s, i);
      }
    }
    affected.count(s);
    if (s.found.isEmpty()) {
      return List.of();
    }
    s.found.sort(Comparator.comparingInt(FoundCount::start));
    inheritVictims(s);
    List<CasualtyMention> out = new ArrayList<>(s.found.size());
    for (FoundCount f : s.found) {
      CharSpan victim = f.victimStart() < 0 ? null : s.chars(f.victimStart(), f.victimEnd());
      out.add(new CasualtyMention(s.chars(f.start(), f.end()), f.category(), f.n(), victim, f.approximate()));
    }
    return out;
  }

  /** Tries the rules a casualty word at token {@code i} can open, most specific first. */
  private void trigger(CasualtyScan s, int i) {
    String t = s.lower[i];
    Category c;
    if (s.lower(i + 1).equals("of") && (c = lexicon.trigger(Role.OF, t)) != null && nouns.list(s, i, c)) {
      return;
    }
    if ((c = lexicon.trigger(Role.TOLL, t)) != null && s.lower(i + 1).equals("toll") && nouns.toll(s, i, c)) {
      return;
    }
    if ((c = lexicon.trigger(Role.ACTIVE, t)) != null && objects.active(s, i, c)) {
      return;
    }
    if ((c = lexicon.trigger(Role.PASSIVE, t)) != null && subjects.passive(s, i, c, i)) {
      return;
    }
    if ((c = lexicon.trigger(Role.NOUN, t)) != null) {
      nouns.noun(s, i, c);
      return;
    }
    for (CasualtyLexicon.Phrase p : lexicon.passivePhrases(t)) {
      int first = i - p.words().length + 1;
      if (first >= 0 && matchesBefore(s, first, p.words()) && s.free(first, i)
          && subjects.passive(s, first, p.category(), i)) {
        return;
      }
    }
    if (lexicon.is("captor", t)) {
      objects.captor(s, i);
    } else if (lexicon.is("numberof", t) && s.lower(i + 1).equals("of")) {
      nouns.numberOf(s, i);
    }
  }

  private static boolean matchesBefore(CasualtyScan s, int first, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!s.lower[first + k].equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * A bare count joined to a neighbour by "and" or a comma shares its victim: "killed 312 fighters
   * and captured seven", "put their losses at 15 killed and 21 wounded".
   */
  private static void inheritVictims(CasualtyScan s) {
    List<FoundCount> f = s.found;
    for (int k = 0; k < f.size(); k++) {
      FoundCount cur = f.get(k);
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

  private static boolean joined(CasualtyScan s, int from, int to) {
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
}
