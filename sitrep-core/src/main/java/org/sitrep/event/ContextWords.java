package org.sitrep.event;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.lexicon.Resources;
import org.sitrep.lexicon.Stems;
import org.sitrep.nlp.Token;

/**
 * The context-word classes of {@code context-words.tsv}. Before parsing, tokens carry no lemma,
 * so an inflected form ("pistols", "villages") is also looked up by its crude {@link Stems stem}:
 * that only decides which sentences are parsed; after parsing the lemma decides. Immutable and
 * thread-safe.
 */
public final class ContextWords {
  /** What a context word says about the event near it. */
  public enum Kind {
    AID, TERRITORY, CIVILIAN, COMBATANT, DISASTER, ONGOING, IRREALIS, CROWD, FORCEFUL, LETHAL, WEAPON, TOLL, SUBSET,
    TIME_FRAME, ROUTE, SECURITY, BACKDROP, SUPPORT, ENACTMENT, PROPERTY, BLOCKING, SUCCESS, COUNT
  }

  // A word may be of several classes ("road": ground to take and a route to block).
  private final Map<String, Set<Kind>> words = new HashMap<>();
  private final Map<String, Set<Kind>> stems = new HashMap<>();

  public ContextWords(Map<String, ? extends Set<Kind>> words) {
    words.forEach((word, kinds) -> {
      this.words.put(word, Set.copyOf(kinds));
      for (Kind k : kinds) {
        stems.computeIfAbsent(Stems.of(word), x -> EnumSet.noneOf(Kind.class)).add(k);
      }
    });
  }

  public static ContextWords load() {
    Map<String, EnumSet<Kind>> m = new HashMap<>();
    for (String[] c : Resources.rows(ContextWords.class, "context-words.tsv", 2)) {
      if (c[0].startsWith("#")) {
        continue;
      }
      m.computeIfAbsent(c[0], x -> EnumSet.noneOf(Kind.class)).add(Kind.valueOf(c[1].toUpperCase(Locale.ROOT)));
    }
    return new ContextWords(m);
  }

  public boolean is(Token t, Kind kind) {
    return words.getOrDefault(t.base(), Set.of()).contains(kind)
        || words.getOrDefault(t.text().toLowerCase(Locale.ROOT), Set.of()).contains(kind)
        || (t.lemma() == null && stems.getOrDefault(Stems.of(t.text()), Set.of()).contains(kind));
  }

  public boolean any(List<Token> tokens, Kind kind) {
    for (Token t : tokens) {
      if (is(t, kind)) {
        return true;
      }
    }
    return false;
  }
}
