package org.sitrep.actor;

import java.util.List;
import org.sitrep.actor.ActorMention.Source;
import org.sitrep.actor.RecognitionLexicon.DemonymRole;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;

/**
 * Dictionary aliases, longest first ("Syrian Democratic Forces" over "Syrian"), extended over a
 * member noun after a named actor ("SDF fighters", "Taliban spokesman"); a generic word used as a
 * modifier ("military base") is no mention; a government followed by a forces noun ("Iraqi
 * government forces") is that country's forces.
 */
final class AliasMatcher implements CandidateMatcher {
  private final ActorDictionary dictionary;
  private final RecognitionLexicon lexicon;

  AliasMatcher(ActorDictionary dictionary, RecognitionLexicon lexicon) {
    this.dictionary = dictionary;
    this.lexicon = lexicon;
  }

  @Override
  public Candidate at(SentenceTokens s, int i) {
    TokenTrie.Match<Actor> m = dictionary.aliases().longest(s.keys, s.surface, i);
    if (m == null) {
      return null;
    }
    int end = m.end();
    boolean generic = dictionary.isGeneric(m.values().get(0));
    if (end < s.size() && generic && lexicon.attributiveNouns.contains(s.key(end))) {
      return null; // "military base", "police station": a modifier, not an actor
    }
    Actor first = m.values().get(0);
    if (end < s.size() && !generic && first.kind().equals(ActorKind.GOVERNMENT.wire()) && first.country() != null) {
      TokenTrie.Match<DemonymRole> forces = lexicon.demonymHeads.longest(s.keys, s.surface, end);
      if (forces != null && forces.values().get(0).role().equals("forces")) {
        // "Iraqi government forces", "Syrian regime troops": the country's forces, not its government
        Actor army = dictionary.forcesOf(first.country()).orElse(first);
        return Candidate.of(i, forces.end(), Source.DICTIONARY, List.of(army));
      }
    }
    if (end < s.size() && !generic && lexicon.memberNouns.contains(s.key(end))) {
      end++;
    }
    return Candidate.of(i, end, Source.DICTIONARY, m.values());
  }
}
