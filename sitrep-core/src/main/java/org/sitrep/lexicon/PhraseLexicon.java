package org.sitrep.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenSpan;

/**
 * Lower-case token sequences with a value each, matched against a sentence's tokens (by surface
 * form, and by lemma where the sentence is parsed). {@code *} in a phrase matches any one token.
 * Immutable and thread-safe.
 */
public final class PhraseLexicon<V> {
  /** One match: which tokens, and the value of the phrase. */
  public record Match<V>(TokenSpan tokens, V value) {}

  private record Entry<V>(String[] words, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
  private final List<Entry<V>> wildcardFirst = new ArrayList<>();

  public PhraseLexicon(Map<String, V> phrases) {
    phrases.forEach(
        (phrase, value) -> {
          String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
          Entry<V> e = new Entry<>(words, value);
          if (words[0].equals("*")) {
            wildcardFirst.add(e);
          } else {
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
          }
        });
    byFirstWord.values().forEach(l -> l.sort((a, b) -> b.words.length - a.words.length));
  }

  /** All matches in the token range, longest first at each start position, overlaps allowed. */
  public List<Match<V>> find(List<Token> tokens, int from, int to) {
    List<Match<V>> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      for (String key : keys(tokens.get(i))) {
        for (Entry<V> e : byFirstWord.getOrDefault(key, List.of())) {
          if (matches(tokens, i, to, e.words)) {
            out.add(new Match<>(new TokenSpan(i, i + e.words.length), e.value));
          }
        }
      }
      for (Entry<V> e : wildcardFirst) {
        if (matches(tokens, i, to, e.words)) {
          out.add(new Match<>(new TokenSpan(i, i + e.words.length), e.value));
        }
      }
    }
    return out;
  }

  public List<Match<V>> find(List<Token> tokens) {
    return find(tokens, 0, tokens.size());
  }

  private static String[] keys(Token t) {
    String surface = t.text().toLowerCase(Locale.ROOT);
    if (t.lemma() == null) {
      return new String[] {surface};
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return lemma.equals(surface) ? new String[] {surface} : new String[] {surface, lemma};
  }

  private static boolean matches(List<Token> tokens, int start, int to, String[] words) {
    if (start + words.length > to) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (words[k].equals("*")) {
        continue;
      }
      boolean hit = false;
      for (String key : keys(tokens.get(start + k))) {
        if (key.equals(words[k])) {
          hit = true;
          break;
        }
      }
      if (!hit) {
        return false;
      }
    }
    return true;
  }
}
