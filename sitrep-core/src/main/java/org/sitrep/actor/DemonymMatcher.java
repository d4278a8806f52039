package org.sitrep.actor;

import java.util.List;
import org.sitrep.actor.ActorMention.Source;
import org.sitrep.actor.RecognitionLexicon.DemonymRole;
import org.sitrep.model.Actor;

/**
 * Institutions named by a demonym or a country's possessive and a head noun: "Turkish troops",
 * "Iraqi army", "Russia's foreign ministry", "Syrian civilians" (a generic actor given the country).
 */
final class DemonymMatcher implements CandidateMatcher {
  private final ActorDictionary dictionary;
  private final RecognitionLexicon lexicon;

  DemonymMatcher(ActorDictionary dictionary, RecognitionLexicon lexicon) {
    this.dictionary = dictionary;
    this.lexicon = lexicon;
  }

  @Override
  public Candidate at(SentenceTokens s, int i) {
    String iso2;
    int headStart;
    TokenTrie.Match<String> d = dictionary.demonyms().longest(s.keys, s.surface, i);
    if (d != null) {
      iso2 = d.values().get(0);
      headStart = d.end();
    } else {
      TokenTrie.Match<String> c = dictionary.countryNames().longest(s.keys, s.surface, i);
      if (c == null || !s.isPossessive(c.end())) {
        return null;
      }
      iso2 = c.values().get(0);
      headStart = c.end() + 1;
    }
    TokenTrie.Match<DemonymRole> h = lexicon.demonymHeads.longest(s.keys, s.surface, headStart);
    if (h == null) {
      return null;
    }
    Actor actor = actorFor(h.values().get(0), iso2);
    return actor == null ? null : Candidate.of(i, h.end(), Source.DICTIONARY, List.of(actor));
  }

  private Actor actorFor(DemonymRole role, String iso2) {
    return switch (role.role()) {
      case "forces" -> dictionary.forcesOf(iso2).orElse(null);
      case "police" -> dictionary.policeOf(iso2).orElse(null);
      case "government" -> dictionary.governmentOf(iso2).orElse(null);
      default -> dictionary.byName(role.genericName())
          .map(g -> new Actor(g.name(), g.kind(), iso2))
          .orElseThrow(() -> new IllegalStateException(
              "demonym-heads.tsv: generic actor '" + role.genericName() + "' is not in generic-agents.tsv"));
    };
  }
}
