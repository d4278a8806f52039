package org.sitrep.actor;

import java.util.List;
import java.util.function.Predicate;
import org.sitrep.actor.Candidate.Anaphor;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Finds the antecedent of an anaphor among the mentions before it: for a bare head ("the
 * Ministry", "the Forces") the most recent named actor whose canonical name or mention text is
 * headed by that word, within ten sentences; otherwise a named actor of a fitting kind within a few
 * sentences; "the army", "the government" rather the forces or government of a country named
 * after that actor ("Mali's junta said the army ..."); for "the Russians" a named actor of that country. Kind and country matches prefer the
 * first fitting mention of the latest sentence that has one (its subject, as a rule: "HTS fought
 * Zenki. The jihadist group said" means HTS). Generic actors are never antecedents. Per document;
 * not thread-safe.
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
      Placed p = firstOfLatestSentence(earlier, sentence, x -> anaphor.iso2().equals(x.mention().actor().country()));
      return p == null ? null : p.mention().actor();
    }
    Placed found = anaphor.bare()
        ? latest(earlier, sentence, NAME_WINDOW_SENTENCES, p -> hasWord(p.mention(), anaphor.head()))
        : null;
    if (found == null) {
      found = firstOfLatestSentence(earlier, sentence, p -> anaphor.kinds().contains(p.mention().actor().kind()));
    }
    if (anaphor.countryScope()) {
      Actor institution = institutionOfLatestCountry(anaphor, sentence, earlier, found);
      if (institution != null) {
        return institution;
      }
    }
    return found == null ? null : found.mention().actor();
  }

  /** "Mali's junta said the army ...": the forces (or government) of the country named last. */
  private Actor institutionOfLatestCountry(Anaphor anaphor, int sentence, List<Placed> earlier, Placed byKind) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Placed p = earlier.get(k);
      if (sentence - p.sentence() > KIND_WINDOW_SENTENCES || (byKind != null && p.sentence() <= byKind.sentence())) {
        return null;
      }
      String country = p.mention().actor().country();
      if (country != null) {
        boolean forces = anaphor.kinds().get(0).equals(ActorKind.STATE_FORCES.wire());
        return (forces ? dictionary.forcesOf(country) : dictionary.governmentOf(country)).orElse(null);
      }
    }
    return null;
  }

  /** The first fitting mention of the latest sentence that has one, within the window. */
  private Placed firstOfLatestSentence(List<Placed> earlier, int sentence, Predicate<Placed> fits) {
    Placed found = null;
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Placed p = earlier.get(k);
      if (sentence - p.sentence() > KIND_WINDOW_SENTENCES || (found != null && p.sentence() != found.sentence())) {
        break;
      }
      if (!dictionary.isGeneric(p.mention().actor()) && fits.test(p)) {
        found = p;
      }
    }
    return found;
  }

  private Placed latest(List<Placed> earlier, int sentence, int window, Predicate<Placed> fits) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Placed p = earlier.get(k);
      if (sentence - p.sentence() > window) {
        return null;
      }
      if (!dictionary.isGeneric(p.mention().actor()) && fits.test(p)) {
        return p;
      }
    }
    return null;
  }

  private static boolean hasWord(ActorMention m, String word) {
    return containsWord(m.actor().name(), word) || containsWord(m.text(), word);
  }

  /**
   * True when the word heads the phrase: its last word, or the word before "of"/"for" ("Ministry
   * of Defence", "Observatory for Human Rights"); "Syrian government forces" is headed by forces.
   */
  private static boolean containsWord(String phrase, String word) {
    String[] words = TokenKeys.key(phrase).split("[\\s-]+");
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      boolean heads = k == words.length - 1 || words[k + 1].equals("of") || words[k + 1].equals("for");
      if (heads && (w.equals(word) || w.equals(word + "s") || word.equals(w + "s"))) {
        return true;
      }
    }
    return false;
  }
}
