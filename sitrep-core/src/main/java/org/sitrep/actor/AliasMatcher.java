package org.sitrep.actor;

import org.sitrep.actor.ActorMention.Source;
import org.sitrep.model.Actor;

/**
 * Dictionary aliases, longest first ("Syrian Democratic Forces" over "Syrian"), extended over a
 * member noun after a named actor ("SDF fighters", "Taliban spokesman"); a generic word used as a
 * modifier ("military base") is no mention.
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
    if (end < s.size() && !generic && lexicon.memberNouns.contains(s.key(end))) {
      end++;
    }
    return Candidate.of(i, end, Source.DICTIONARY, m.values());
  }
}
