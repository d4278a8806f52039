package org.sitrep.actor;

import java.util.List;
import java.util.Set;
import org.sitrep.actor.ActorMention.Source;
import org.sitrep.model.Actor;

/**
 * Seats of power and country names used as agents: "Moscow said", "Ankara has rejected",
 * "Moscow and Ankara agreed", "the Kremlin's position", "Turkey accused". Not after a place
 * preposition ("in Moscow"), not in the passive ("Damascus has been shelled"), and a seat's
 * possessive only before a noun of agency ("Moscow's position", not "Damascus's suburbs").
 * Country possessives are left to {@link DemonymMatcher} ("Syria's army", not "Syria's north").
 */
final class MetonymMatcher implements CandidateMatcher {
  /** Words that join place names in a list ("in both Syria and Iraq"); grammar, not lexicon. */
  private static final Set<String> COORDINATION = Set.of("and", "or", ",", "both", "the", "either");
  private final ActorDictionary dictionary;
  private final RecognitionLexicon lexicon;

  MetonymMatcher(ActorDictionary dictionary, RecognitionLexicon lexicon) {
    this.dictionary = dictionary;
    this.lexicon = lexicon;
  }

  @Override
  public Candidate at(SentenceTokens s, int i) {
    if (afterPlacePreposition(s, i)) {
      return null;
    }
    TokenTrie.Match<ActorDictionary.Seat> seat = dictionary.seats().longest(s.keys, s.surface, i);
    Actor actor;
    int end;
    if (seat != null) {
      actor = seat.values().get(0).actor();
      end = seat.end();
    } else {
      TokenTrie.Match<String> country = dictionary.countryNames().longest(s.keys, s.surface, i);
      if (country == null) {
        return null;
      }
      actor = dictionary.governmentOf(country.values().get(0)).orElse(null);
      end = country.end();
    }
    if (actor == null) {
      return null;
    }
    boolean agent = seat != null && s.isPossessive(end)
        ? agencyNounAfter(s, end + 1)
        : agentiveAfter(s, skipCoordination(s, end));
    return agent ? Candidate.of(i, end, Source.METONYM, List.of(actor)) : null;
  }

  /** "in Moscow", "near the Kremlin", and conjuncts of them: "in both Syria and Iraq". */
  private boolean afterPlacePreposition(SentenceTokens s, int i) {
    int p = i - 1;
    while (p >= 0 && (COORDINATION.contains(s.key(p)) || isPlaceName(s, p))) {
      p--;
    }
    return p >= 0 && lexicon.placePrepositions.contains(s.key(p));
  }

  private boolean isPlaceName(SentenceTokens s, int p) {
    List<String> one = List.of(s.text(p));
    return !dictionary.seats().exactly(one).isEmpty() || !dictionary.countryNames().exactly(one).isEmpty();
  }

  /** Past "and Ankara", ", Tehran and Ankara" when every conjunct is a seat or a country. */
  private int skipCoordination(SentenceTokens s, int k) {
    while (k + 1 < s.size() && (s.key(k).equals("and") || s.key(k).equals(","))) {
      TokenTrie.Match<?> next = dictionary.seats().longest(s.keys, s.surface, k + 1);
      if (next == null) {
        next = dictionary.countryNames().longest(s.keys, s.surface, k + 1);
      }
      if (next == null) {
        break;
      }
      k = next.end();
    }
    return k;
  }

  private boolean agencyNounAfter(SentenceTokens s, int k) {
    for (int j = k; j < Math.min(k + 2, s.size()); j++) {
      if (lexicon.possessiveAgentNouns.contains(s.key(j))) {
        return true;
      }
    }
    return false;
  }

  private boolean agentiveAfter(SentenceTokens s, int k) {
    if (k < s.size() && s.key(k).endsWith("ly") && k + 1 < s.size()) {
      k++; // "Moscow reportedly said"
    }
    if (k >= s.size() || !lexicon.agentiveVerbs.contains(s.key(k))) {
      return false;
    }
    if (s.capitalised(k) && !s.headline) {
      return false; // "Syria May 26": a month, not a verb
    }
    return k + 1 >= s.size() || !s.key(k + 1).equals("been");
  }
}
