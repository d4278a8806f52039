package org.sitrep.quantity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.quantity.CasualtyMention.Category;

/**
 * Trigger words and the small word classes the casualty rules need, loaded once from
 * {@code casualty.txt}. Lookups take lower-cased token text. Immutable and thread-safe after
 * {@link #load()}.
 */
final class CasualtyLexicon {
  /** How a trigger relates to its count. */
  enum Role { ACTIVE, PASSIVE, NOUN, OF, TOLL }

  private final Map<Role, Map<String, Category>> triggers = new EnumMap<>(Role.class);
  private final Map<String, Set<String>> classes = new HashMap<>();
  private final Map<String, java.util.List<Phrase>> passivePhrases = new HashMap<>();

  /** A multi-word passive phrase ("lost their lives"), keyed by its last word. */
  record Phrase(String[] words, Category category) {}

  private CasualtyLexicon() {
    for (Role r : Role.values()) {
      triggers.put(r, new HashMap<>());
    }
  }

  static CasualtyLexicon load() {
    CasualtyLexicon c = new CasualtyLexicon();
    for (LexiconFile.Line l : LexiconFile.read(CasualtyLexicon.class, "casualty.txt")) {
      String kind = l.field(0);
      switch (kind) {
        case "active", "passive", "noun", "of" ->
            c.triggers.get(Role.valueOf(kind.toUpperCase(java.util.Locale.ROOT))).put(l.field(2), category(l));
        case "toll" -> {
          // Keyed on the word before "toll" ("death"), the trigger the counter meets first.
          if (!l.field(3).equals("toll")) {
            throw l.error("a toll phrase must end in 'toll'");
          }
          c.triggers.get(Role.TOLL).put(l.field(2), category(l));
        }
        case "passivephrase" -> {
          String[] words = l.rest(2).split(" ");
          c.passivePhrases.computeIfAbsent(words[words.length - 1], k -> new java.util.ArrayList<>())
              .add(new Phrase(words, category(l)));
        }
        case "aux", "negation", "stop", "modifier", "nonvictim", "possessor", "lossnoun", "people", "aidcue",
            "person", "captor", "captiveword", "numberof", "subjectprep", "determiner", "asidecue" ->
            c.classes.computeIfAbsent(kind, k -> new HashSet<>()).add(l.field(1));
        default -> throw l.error("unknown kind " + kind);
      }
    }
    for (String required : new String[] {"aux", "negation", "stop", "modifier", "nonvictim", "possessor",
        "lossnoun", "people", "aidcue", "person", "captor", "captiveword", "numberof", "subjectprep",
        "determiner", "asidecue"}) {
      if (!c.classes.containsKey(required)) {
        throw new IllegalStateException("org/sitrep/quantity/casualty.txt: no '" + required + "' entries");
      }
    }
    return c;
  }

  private static Category category(LexiconFile.Line l) {
    try {
      return Category.valueOf(l.field(1).toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw l.error("unknown category " + l.field(1));
    }
  }

  /** The category a word triggers in a role, or null. */
  Category trigger(Role role, String lower) {
    return triggers.get(role).get(lower);
  }

  /** Multi-word passive phrases ending in {@code lastWord}. */
  java.util.List<Phrase> passivePhrases(String lastWord) {
    return passivePhrases.getOrDefault(lastWord, java.util.List.of());
  }

  boolean is(String wordClass, String lower) {
    return classes.get(wordClass).contains(lower);
  }
}
