package org.sitrep.actor;

import java.util.List;
import org.sitrep.actor.ActorMention.Source;
import org.sitrep.actor.RecognitionLexicon.OrgWord;
import org.sitrep.model.Actor;

/**
 * Organisations not in the dictionary, kept as provisional actors named as written: capitalised
 * names ending in an organisation word ("Revolutionary Commando Brigade"), Arabic-style names
 * opening with one ("Jaish al-Ommah"), and "the <Name> faction" (name without the noun). Skips
 * title-case headlines; a name neither opens with nor crosses a stop word ("On", "The", "General")
 * nor runs into a known actor ("Staff of the Turkish Armed Forces" leaves the dictionary name).
 */
final class ProvisionalMatcher implements CandidateMatcher {
  /** Longer capitalised runs are lists or shouting, not one name; the cap also bounds the work. */
  private static final int MAX_NAME_TOKENS = 12;
  private final ActorDictionary dictionary;
  private final RecognitionLexicon lexicon;
  private final List<CandidateMatcher> named;

  /** {@code named}: matchers of known actors; a provisional name stops where one of them starts. */
  ProvisionalMatcher(ActorDictionary dictionary, RecognitionLexicon lexicon, List<CandidateMatcher> named) {
    this.dictionary = dictionary;
    this.lexicon = lexicon;
    this.named = List.copyOf(named);
  }

  @Override
  public Candidate at(SentenceTokens s, int i) {
    if (s.headline || !isNameWord(s, i) || lexicon.nameStopwords.contains(s.key(i))) {
      return null;
    }
    int end = runEnd(s, i);
    OrgWord first = lexicon.orgWords.get(s.key(i));
    int head = -1;
    for (int k = end - 1; k >= i; k--) {
      OrgWord w = lexicon.orgWords.get(s.key(k));
      if (w != null && w.position().equals("head") && s.capitalised(k)) {
        head = k;
        break;
      }
    }
    if (first != null && first.position().equals("prefix") && end > i + 1) {
      String kind = head >= 0 ? lexicon.orgWords.get(s.key(head)).kind() : first.kind();
      return provisional(s, i, end, end, kind);
    }
    if (head >= i) {
      // "Army of Islam", "Democratic Party of Kurdistan": a head followed by "of ..." keeps it.
      boolean tail = head + 1 < end && lexicon.nameConnectors.contains(s.key(head + 1));
      int nameEnd = tail ? end : head + 1;
      if (nameEnd - i >= 2) {
        return provisional(s, i, nameEnd, nameEnd, lexicon.orgWords.get(s.key(head)).kind());
      }
    }
    TokenTrie.Match<OrgWord> lower = lexicon.lowerHeads.longest(s.keys, s.surface, end);
    if (lower != null && end - i >= 2 && i > 0 && s.key(i - 1).equals("the")
        && dictionary.demonyms().longest(s.keys, s.surface, i) == null) {
      return provisional(s, i, end, lower.end(), lower.values().get(0).kind());
    }
    return null;
  }

  private static Candidate provisional(SentenceTokens s, int start, int nameEnd, int end, String kind) {
    String name = s.span(start, nameEnd).of(s.documentText);
    return Candidate.of(start, end, Source.PROVISIONAL, List.of(new Actor(name, kind, null)));
  }

  private int runEnd(SentenceTokens s, int i) {
    int end = i + 1;
    while (end < s.size() && end - i < MAX_NAME_TOKENS) {
      if (isNameWord(s, end) && continues(s, end)) {
        end++;
      } else if (isConnector(s, end) && end + 1 < s.size() && isNameWord(s, end + 1) && continues(s, end + 1)) {
        end += 2;
      } else if (isConnector(s, end) && isConnector(s, end + 1) && end + 2 < s.size()
          && isNameWord(s, end + 2) && continues(s, end + 2)) {
        end += 3; // "Front for the Liberation", "State of the Levant"
      } else {
        break;
      }
    }
    return end;
  }

  /** A lower-case joining word ("of", "al"); a capitalised "The" starts something else. */
  private boolean isConnector(SentenceTokens s, int k) {
    return k < s.size() && lexicon.nameConnectors.contains(s.key(k)) && Character.isLowerCase(s.text(k).charAt(0));
  }

  /** May the name go on over token k: not a stop word, and no known actor starts there. */
  private boolean continues(SentenceTokens s, int k) {
    if (lexicon.nameStopwords.contains(s.key(k))) {
      return false;
    }
    for (CandidateMatcher m : named) {
      Candidate c = m.at(s, k);
      if (c != null && !dictionary.isGeneric(c.options().get(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A capitalised word ("Ommah", "Hamza"), an article-prefixed one ("al-Ommah"), or an ordinal
   * ("25th"); not a compound ending lower-case ("Kurdish-led", "Britain-based").
   */
  private boolean isNameWord(SentenceTokens s, int k) {
    String t = s.text(k);
    if (t.isEmpty()) {
      return false;
    }
    int dash = t.indexOf('-');
    if (dash > 0 && lexicon.nameConnectors.contains(s.key(k).substring(0, dash))) {
      return dash + 1 < t.length() && t.lastIndexOf('-') == dash;
    }
    int last = t.lastIndexOf('-');
    if (last >= 0 && last + 1 < t.length() && Character.isLowerCase(t.charAt(last + 1))) {
      return false;
    }
    char c = t.charAt(0);
    if (Character.isDigit(c)) {
      return t.length() > 2 && Character.isLetter(t.charAt(t.length() - 1)) && isOrdinal(t);
    }
    return Character.isUpperCase(c) && Character.isLetter(c);
  }

  private static boolean isOrdinal(String t) {
    String tail = t.substring(t.length() - 2);
    return tail.equals("st") || tail.equals("nd") || tail.equals("rd") || tail.equals("th");
  }
}
