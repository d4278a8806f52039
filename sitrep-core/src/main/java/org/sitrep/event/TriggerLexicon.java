package org.sitrep.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.lexicon.Resources;
import org.sitrep.lexicon.Stems;
import org.sitrep.model.EventType;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * The event triggers of {@code triggers.tsv}. Before parsing, {@link #mayOccurIn} tells cheaply
 * (by crude stems of the surface forms) whether a sentence can hold a trigger, so only those
 * sentences pay for the parser. Immutable and thread-safe.
 */
public final class TriggerLexicon {
  /** Conditions a trigger places on its context. */
  public enum Condition { AID, PLACE, PEOPLE, NOUN, VERB, WEAPON, PACT, PROPERTY }

  /** One line of the lexicon. */
  public record Entry(List<String> lemmas, EventType type, int weight, Set<Condition> conditions) {
    public Entry {
      lemmas = List.copyOf(lemmas);
      conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(conditions);
    }
  }

  private final Map<String, List<Entry>> byFirstLemma = new HashMap<>();
  private final Map<String, List<Entry>> byFirstStem = new HashMap<>();

  public TriggerLexicon(List<Entry> entries) {
    for (Entry e : entries) {
      byFirstLemma.computeIfAbsent(e.lemmas().get(0), k -> new ArrayList<>()).add(e);
      byFirstStem.computeIfAbsent(Stems.of(e.lemmas().get(0)), k -> new ArrayList<>()).add(e);
    }
    // Longest first; among equals the heavier first, so "seize" with a weapon as object (weight 4)
    // is tried before "seize" with ground as object (weight 2).
    Comparator<Entry> order = Comparator.<Entry>comparingInt(e -> -e.lemmas().size())
        .thenComparingInt(e -> -e.weight());
    byFirstLemma.values().forEach(l -> l.sort(order));
    byFirstStem.values().forEach(l -> l.sort(order));
  }

  public static TriggerLexicon load() {
    List<Entry> entries = new ArrayList<>();
    for (String[] c : Resources.rows(TriggerLexicon.class, "triggers.tsv", 3)) {
      Set<Condition> conditions = EnumSet.noneOf(Condition.class);
      if (c.length > 3) {
        for (String cond : c[3].split(",")) {
          conditions.add(Condition.valueOf(cond.trim().toUpperCase(Locale.ROOT)));
        }
      }
      entries.add(new Entry(List.of(c[0].split(" ")), EventType.valueOf(c[1]), Integer.parseInt(c[2]), conditions));
    }
    return new TriggerLexicon(entries);
  }

  /**
   * Cheap pre-parse test on surface forms; may say yes wrongly, should rarely say no wrongly. An
   * entry with a condition counts only when the sentence has what the condition needs, and a
   * generic entry (weight 1) only when the sentence names someone or counts casualties: parsing
   * is the pipeline's main cost, and most sentences holding "take" or "set" report no event.
   */
  public boolean mayOccurIn(Sentence sentence, SentenceCues cues) {
    List<Token> tokens = sentence.tokens();
    Boolean titleCase = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i > 0 && isCapitalisedWord(t.text())) {
        // "in March", "Strike Force": mid-sentence capitals are names unless the sentence is a
        // headline in title case (the trigger finder reads them the same way).
        if (titleCase == null) {
          titleCase = TriggerFinder.isTitleCase(tokens);
        }
        if (!titleCase) {
          continue;
        }
      }
      for (Entry e : byFirstStem.getOrDefault(Stems.of(t.text()), List.of())) {
        if (plausible(e, cues)) {
          return true;
        }
      }
      int dash = t.text().lastIndexOf('-');
      if (dash > 0) { // "protest-march": the trigger finder reads a hyphenated noun by its last part
        for (Entry e : byFirstStem.getOrDefault(Stems.of(t.text().substring(dash + 1)), List.of())) {
          if (e.lemmas().size() == 1 && plausible(e, cues)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "March", "Strike": an upper-case first letter and lower case after it (not "IED"). */
  private static boolean isCapitalisedWord(String w) {
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
  }

  private static boolean plausible(Entry e, SentenceCues cues) {
    for (Condition c : e.conditions()) {
      boolean ok = switch (c) {
        case AID -> cues.aid();
        case WEAPON -> cues.weapon();
        case PLACE -> cues.ground();
        default -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return e.weight() > 1 || cues.participants();
  }

  /** What a sentence holds, as far as is known before parsing. */
  public record SentenceCues(boolean aid, boolean weapon, boolean ground, boolean participants) {}

  /**
   * Entries whose first lemma has the crude stem of {@code word}, longest first: for words whose
   * tagger lemma cannot be trusted ("Demonstrators" tagged as a proper noun at a sentence's start).
   */
  public List<Entry> startingWithStemOf(String word) {
    return byFirstStem.getOrDefault(Stems.of(word), List.of());
  }

  /** Entries whose first lemma is {@code lemma}, longest first, then heaviest first. */
  public List<Entry> startingWith(String lemma) {
    return byFirstLemma.getOrDefault(lemma, List.of());
  }
}
