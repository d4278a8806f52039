package org.sitrep.actor;

import org.sitrep.actor.ActorMention.Source;
import org.sitrep.model.Actor;

/**
 * Dictionary aliases, longest first ("Syrian Democratic Forces" over "Syrian"), extended over a
 * member noun after a named actor ("SDF fighters", "Taliban spokesman").
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
    if (end < s.size() && !dictionary.isGeneric(m.values().get(0)) && lexicon.memberNouns.contains(s.key(end))) {
      end++;
    }
    return Candidate.of(i, end, Source.DICTIONARY, m.values());
  }
}
