package org.sitrep.actor;

import java.util.List;
import org.sitrep.actor.ActorMention.Source;
import org.sitrep.actor.Candidate.Anaphor;
import org.sitrep.model.Actor;

/**
 * Definite descriptions that point back to an actor: "the Ministry", "the group", "the
 * Britain-based monitor" (up to two modifiers), "the Russians". A description that is itself a
 * generic alias ("the rebels", "the army") looks for an earlier actor of that generic's kind and
 * falls back to the generic actor; one that is a named alias is left to the dictionary.
 */
final class AnaphorMatcher implements CandidateMatcher {
  private static final int MAX_MODIFIERS = 2;
  private final ActorDictionary dictionary;
  private final RecognitionLexicon lexicon;

  AnaphorMatcher(ActorDictionary dictionary, RecognitionLexicon lexicon) {
    this.dictionary = dictionary;
    this.lexicon = lexicon;
  }

  @Override
  public Candidate at(SentenceTokens s, int i) {
    if (!s.key(i).equals("the") || i + 1 >= s.size()) {
      return null;
    }
    TokenTrie.Match<String> people = dictionary.demonymPlurals().longest(s.keys, s.surface, i + 1);
    if (people != null && !continuesName(s, people.end()) && !adjectival(s, people)) {
      Anaphor a = new Anaphor(null, false, List.of(), people.values().get(0), false);
      return new Candidate(i, people.end(), Source.ANAPHOR, List.of(), a, null);
    }
    for (int h = i + 1; h <= i + 1 + MAX_MODIFIERS && h < s.size(); h++) {
      RecognitionLexicon.AnaphorHead head = lexicon.anaphorHeads.get(s.key(h));
      if (head != null && !continuesName(s, h + 1) && !modifiesNext(s, h + 1)) {
        return description(s, i, h, head);
      }
      if (!isModifier(s, h)) {
        return null;
      }
    }
    return null;
  }

  private Candidate description(SentenceTokens s, int i, int head, RecognitionLexicon.AnaphorHead headWord) {
    List<String> kinds = headWord.kinds();
    TokenTrie.Match<Actor> alias = dictionary.aliases().longest(s.keys, s.surface, i + 1);
    Candidate fallback = null;
    if (alias != null && alias.end() == head + 1) {
      Actor a = alias.values().get(0);
      if (!dictionary.isGeneric(a)) {
        return null;
      }
      kinds = List.of(a.kind());
      fallback = Candidate.of(i + 1, head + 1, Source.DICTIONARY, alias.values());
    }
    Anaphor anaphor = new Anaphor(s.key(head), head == i + 1, kinds, null, headWord.countryScope());
    return new Candidate(i, head + 1, Source.ANAPHOR, List.of(), anaphor, fallback);
  }

  /** "the military base": the head is a modifier of the next noun. */
  private boolean modifiesNext(SentenceTokens s, int k) {
    return k < s.size() && lexicon.attributiveNouns.contains(s.key(k));
  }

  /**
   * "the Sudanese army": a plural that is also the adjective, followed by a word other than a
   * verb of the agentive list, is no people ("the French had left" is).
   */
  private boolean adjectival(SentenceTokens s, TokenTrie.Match<String> people) {
    TokenTrie.Match<String> adjective = dictionary.demonyms().longest(s.keys, s.surface, people.start());
    return adjective != null && adjective.end() == people.end() && people.end() < s.size()
        && Character.isLetter(s.text(people.end()).charAt(0))
        && !lexicon.agentiveVerbs.contains(s.key(people.end()));
  }

  /**
   * "the group Ahrar al-Sham", "the Army of Islam", "the Front for the Liberation of Azawad": the
   * words go on as a name, no anaphor.
   */
  private boolean continuesName(SentenceTokens s, int k) {
    if (k >= s.size()) {
      return false;
    }
    if (lexicon.nameConnectors.contains(s.key(k)) && k + 1 < s.size()) {
      return s.capitalised(k + 1) || k + 2 < s.size() && s.capitalised(k + 2);
    }
    return s.capitalised(k) && Character.isLetter(s.text(k).charAt(0));
  }

  /** "jihadist", "Britain-based", "Kurdish-led": lower-case words or compounds ending lower-case. */
  private boolean isModifier(SentenceTokens s, int k) {
    String t = s.text(k);
    if (t.isEmpty() || lexicon.nameStopwords.contains(s.key(k))) {
      return false;
    }
    int dash = t.lastIndexOf('-');
    char c = dash >= 0 && dash + 1 < t.length() ? t.charAt(dash + 1) : t.charAt(0);
    return Character.isLowerCase(c);
  }
}
