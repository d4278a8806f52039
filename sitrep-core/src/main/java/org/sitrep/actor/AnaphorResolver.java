package org.sitrep.actor;

import java.util.List;
import java.util.Locale;
import org.sitrep.actor.Candidate.Anaphor;
import org.sitrep.model.Actor;

/**
 * Finds the antecedent of an anaphor among the mentions before it: for a bare head ("the
 * Ministry", "the Forces") the most recent named actor whose canonical name or mention text has
 * that word, within ten sentences; otherwise the most recent named actor of a fitting kind within a
 * few sentences; for "the Russians" the most recent named actor of that country. Generic actors
 * are never antecedents. Per document; not thread-safe.
 */
final class AnaphorResolver {
  /** How many sentences back a kind-only match may lie. */
  static final int KIND_WINDOW_SENTENCES = 4;
  /** How many sentences back a match on the head word may lie. */
  static final int NAME_WINDOW_SENTENCES = 10;

  /** A resolved mention with the sentence it is in. */
  record Placed(ActorMention mention, int sentence) {}

  private final ActorDictionary dictionary;

  AnaphorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  Actor resolve(Anaphor anaphor, int sentence, List<Placed> earlier) {
    if (anaphor.iso2() != null) {
      return latest(earlier, sentence, KIND_WINDOW_SENTENCES, p -> anaphor.iso2().equals(p.mention().actor().country()));
    }
    if (anaphor.bare()) {
      Actor named = latest(earlier, sentence, NAME_WINDOW_SENTENCES, p -> hasWord(p.mention(), anaphor.head()));
      if (named != null) {
        return named;
      }
    }
    return latest(earlier, sentence, KIND_WINDOW_SENTENCES, p -> anaphor.kinds().contains(p.mention().actor().kind()));
  }

  private Actor latest(List<Placed> earlier, int sentence, int window, java.util.function.Predicate<Placed> fits) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Placed p = earlier.get(k);
      if (sentence - p.sentence() > window) {
        return null;
      }
      if (!dictionary.isGeneric(p.mention().actor()) && fits.test(p)) {
        return p.mention().actor();
      }
    }
    return null;
  }

  private static boolean hasWord(ActorMention m, String word) {
    return containsWord(m.actor().name(), word) || containsWord(m.text(), word);
  }

  private static boolean containsWord(String phrase, String word) {
    for (String w : TokenKeys.key(phrase).split("[\\s-]+")) {
      if (w.equals(word) || w.equals(word + "s") || word.equals(w + "s")) {
        return true;
      }
    }
    return false;
  }
}
