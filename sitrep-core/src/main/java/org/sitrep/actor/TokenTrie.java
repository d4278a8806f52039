package org.sitrep.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over token keys mapping phrases to values, for longest-match lookup in one pass over a
 * sentence (hash lookups per token; no regular expressions). A phrase added as case-sensitive
 * (acronyms such as "IS") matches only tokens with the same folded surface. Immutable after
 * loading; safe to share between threads once built.
 */
final class TokenTrie<V> {
  /** The longest phrase found: tokens [start, end) and the values it maps to, in insertion order. */
  record Match<V>(int start, int end, List<V> values) {}

  private record Entry<V>(V value, String[] exact) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<Entry<V>> entries;
  }

  private final Node<V> root = new Node<>();

  /**
   * Adds a lexicon phrase; hyphenated phrases are also added with the hyphens as spaces, and
   * possessives without the apostrophe ("Peoples"). Acronyms and phrases marked with a leading '='
   * match only as written.
   */
  void add(String phrase, V value) {
    boolean marked = phrase.startsWith("=");
    phrase = marked ? phrase.substring(1) : phrase;
    boolean caseSensitive = marked || TokenKeys.isAcronym(phrase);
    put(TokenKeys.tokens(phrase), value, caseSensitive);
    if (caseSensitive) {
      return;
    }
    if (phrase.indexOf('-') > 0) {
      put(TokenKeys.tokens(phrase.replace('-', ' ')), value, false);
    }
    String folded = TokenKeys.fold(phrase);
    if (folded.contains("'s ") || folded.endsWith("'s")) {
      put(TokenKeys.tokens(folded.replace("'s", "s")), value, false); // "Peoples Protection Units"
    }
  }

  private void put(List<String> tokens, V value, boolean caseSensitive) {
    if (tokens.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (String t : tokens) {
      n = n.next.computeIfAbsent(TokenKeys.key(t), k -> new Node<>());
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>(1);
    }
    String[] exact = caseSensitive ? tokens.toArray(String[]::new) : null;
    for (Entry<V> e : n.entries) {
      if (e.value().equals(value) && (e.exact() == null || exact != null)) {
        return;
      }
    }
    n.entries.add(new Entry<>(value, exact));
  }

  /**
   * The longest phrase starting at token {@code start}. {@code keys} are the tokens' keys,
   * {@code surface} their folded surface forms (for case-sensitive phrases).
   */
  Match<V> longest(String[] keys, String[] surface, int start) {
    Node<V> n = root;
    Match<V> best = null;
    for (int i = start; i < keys.length; i++) {
      n = n.next.get(keys[i]);
      if (n == null) {
        break;
      }
      if (n.entries != null) {
        List<V> values = accepted(n.entries, surface, start);
        if (!values.isEmpty()) {
          best = new Match<>(start, i + 1, values);
        }
      }
    }
    return best;
  }

  /** Keys of the tokens that phrases start with. */
  Set<String> firstKeys() {
    return Collections.unmodifiableSet(root.next.keySet());
  }

  /** The values of exactly this phrase, or an empty list. */
  List<V> exactly(List<String> tokens) {
    Node<V> n = root;
    for (String t : tokens) {
      n = n.next.get(TokenKeys.key(t));
      if (n == null) {
        return List.of();
      }
    }
    if (n.entries == null) {
      return List.of();
    }
    String[] surface = tokens.stream().map(TokenKeys::fold).toArray(String[]::new);
    return accepted(n.entries, surface, 0);
  }

  private static <V> List<V> accepted(List<Entry<V>> entries, String[] surface, int start) {
    List<V> out = new ArrayList<>(entries.size());
    for (Entry<V> e : entries) {
      if (e.exact() == null || sameSurface(e.exact(), surface, start)) {
        out.add(e.value());
      }
    }
    return out;
  }

  private static boolean sameSurface(String[] exact, String[] surface, int start) {
    for (int k = 0; k < exact.length; k++) {
      if (!exact[k].equals(surface[start + k])) {
        return false;
      }
    }
    return true;
  }
}
