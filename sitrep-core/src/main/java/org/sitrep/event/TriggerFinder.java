package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.sitrep.lexicon.Stems;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.nlp.TokenSpan;

/**
 * Finds the triggers of a parsed sentence: lexicon phrases matched on lemmas, checked against
 * their conditions (part of speech, aid context, a place as object). Tokens inside a name (an
 * actor or a place) never trigger. Thread-safe.
 */
public final class TriggerFinder {
  private final TriggerLexicon lexicon;
  private final ContextWords context;

  public TriggerFinder(TriggerLexicon lexicon, ContextWords context) {
    this.lexicon = lexicon;
    this.context = context;
  }

  /**
   * @param inName true for tokens that belong to an actor or place name
   * @param isPlace true for tokens of a place mention
   */
  public List<Trigger> find(ClauseStructure tree, IntPredicate inName, IntPredicate isPlace) {
    Sentence s = tree.sentence();
    List<Token> tokens = s.tokens();
    boolean aid = context.any(tokens, ContextWords.Kind.AID);
    boolean titleCase = isTitleCase(tokens);
    List<Trigger> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Trigger found = null;
      // In a headline ("Russian Strikes Kill 18 Fighters") or at a sentence's start ("Barrel bombs
      // hit …") capital letters come from position, so a word tagged as a name may still be an act.
      boolean looseCase = isProperName(tokens.get(i)) && (titleCase || startsSentence(tokens, i));
      if (!inName.test(i) && (looseCase || !isProperName(tokens.get(i)))) {
        List<TriggerLexicon.Entry> entries = looseCase
            ? lexicon.startingWithStemOf(tokens.get(i).text()) : lexicon.startingWith(tokens.get(i).base());
        for (TriggerLexicon.Entry e : entries) {
          int len = e.lemmas().size();
          if (!matches(tokens, i, e, looseCase)) {
            if (splitParticle(tree, i, e) && accepts(tree, e, i, aid, isPlace)) {
              found = new Trigger(new TokenSpan(i, i + 1), i, e);
              break;
            }
            continue;
          }
          int head = phraseHead(tree, i, i + len);
          if (accepts(tree, e, head, aid, isPlace)) {
            found = new Trigger(new TokenSpan(i, i + len), head, e);
            break;
          }
        }
        if (found == null && entries.isEmpty()) {
          found = byLastPart(tree, i, aid, isPlace);
        }
      }
      if (found != null) {
        out.add(found);
        i = found.tokens().end();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * A phrasal verb whose particle stands after the object ("pushed the militants out of the
   * district", "gunned him down", "handed the town over"): the verb's particle, or the
   * preposition opening one of its phrases, is the entry's second word.
   */
  private static boolean splitParticle(ClauseStructure tree, int verb, TriggerLexicon.Entry e) {
    if (e.lemmas().size() != 2 || !tree.isVerb(verb) || !e.lemmas().get(0).equals(tree.sentence().tokens().get(verb).base())) {
      return false;
    }
    String particle = e.lemmas().get(1);
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (rel.equals("compound:prt") && tree.sentence().tokens().get(c).base().equals(particle)) {
        return true;
      }
      if (particle.equals("out") && rel.startsWith("obl") && c > verb) { // "out of the villages"
        for (int m : tree.children(c, "case")) {
          if (tree.sentence().tokens().get(m).base().equals(particle)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A hyphenated noun the lexicon does not know as a whole ("protest-march", "counter-attack")
   * is read by its last part, which names what it is.
   */
  private Trigger byLastPart(ClauseStructure tree, int i, boolean aid, IntPredicate isPlace) {
    Token t = tree.sentence().tokens().get(i);
    int dash = t.text().lastIndexOf('-');
    if (dash <= 0 || dash == t.text().length() - 1 || !tree.isNoun(i) || t.pos().startsWith("NNP")) {
      return null;
    }
    String last = t.text().substring(dash + 1).toLowerCase(java.util.Locale.ROOT);
    for (TriggerLexicon.Entry e : lexicon.startingWithStemOf(last)) {
      if (e.lemmas().size() == 1 && Stems.of(e.lemmas().get(0)).equals(Stems.of(last)) && accepts(tree, e, i, aid, isPlace)) {
        return new Trigger(new TokenSpan(i, i + 1), i, e);
      }
    }
    return null;
  }

  /** "March", "Strike Force": a capitalised proper noun is a name, not an act; "IED" still is. */
  private static boolean isProperName(Token t) {
    return t.pos() != null && t.pos().startsWith("NNP") && !t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
  }

  /** The token of a phrase whose governor lies outside it ("round" in "round of talks"). */
  private static int phraseHead(ClauseStructure tree, int start, int end) {
    for (int t = start; t < end; t++) {
      int h = tree.head(t);
      if (h < start || h >= end) {
        return t;
      }
    }
    return end - 1;
  }

  private static boolean matches(List<Token> tokens, int start, TriggerLexicon.Entry e, boolean looseCase) {
    if (start + e.lemmas().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < e.lemmas().size(); k++) {
      Token t = tokens.get(start + k);
      String want = e.lemmas().get(k);
      boolean byStem = looseCase && t.isCapitalized() && Stems.of(t.text()).equals(Stems.of(want));
      if (!want.equals(t.base()) && !want.equalsIgnoreCase(t.text()) && !byStem) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first word of the sentence, or the first after an opening quote, a bracket or a run of
   * capitalised words and numbers ("Saturday 27 Aug 2016 Barrel bombs kill …").
   */
  private static boolean startsSentence(List<Token> tokens, int i) {
    for (int k = 0; k < i; k++) {
      Token t = tokens.get(k);
      if (Character.isLowerCase(t.text().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A headline in title case: at least three words of four letters or more, and nearly all of
   * them capitalised (short function words are often left lower case).
   */
  static boolean isTitleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (t.text().length() >= 4 && Character.isLetter(t.text().codePointAt(0))) {
        words++;
        capitalised += t.isCapitalized() ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 8;
  }

  private boolean accepts(ClauseStructure tree, TriggerLexicon.Entry e, int head, boolean aid, IntPredicate isPlace) {
    if (DemonstrationCues.namesSecurityUnit(context, tree, head)) {
      return false; // "riot police", "riot officers": a unit's name
    }
    for (TriggerLexicon.Condition c : e.conditions()) {
      boolean ok =
          switch (c) {
            case NOUN -> tree.isNoun(head);
            case VERB -> tree.isVerb(head);
            case AID -> aid;
            case PLACE -> takesGround(tree, head, isPlace, e.lemmas().size() == 1);
            case PEOPLE -> takesPeople(tree, head, isPlace);
            case WEAPON -> takesWeapon(tree, head);
            case PACT -> !takesEnactment(tree, head);
            case PROPERTY -> takesKind(tree, head, ContextWords.Kind.PROPERTY);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The trigger's object is people and not ground: a word for civilians or fighters ("took five
   * villagers"), or a count of a people ("dozens of Palestinians").
   */
  private boolean takesPeople(ClauseStructure tree, int head, IntPredicate isPlace) {
    List<Token> tokens = tree.sentence().tokens();
    for (int c : tree.children(head, "obj")) {
      boolean people = false;
      for (int t : tree.subtree(c, true)) {
        if (isPlace.test(t) || context.is(tokens.get(t), ContextWords.Kind.TERRITORY)) {
          return false;
        }
        people |= context.is(tokens.get(t), ContextWords.Kind.CIVILIAN)
            || context.is(tokens.get(t), ContextWords.Kind.COMBATANT);
      }
      if (people || countOfAPeople(tree, c)) {
        return true;
      }
    }
    return false;
  }

  /** "dozens of Palestinians", "12 Kurds": a number whose "of" phrase or head is a plural name of a people. */
  private boolean countOfAPeople(ClauseStructure tree, int object) {
    List<Token> tokens = tree.sentence().tokens();
    if ("NNPS".equals(tokens.get(object).pos())) {
      return !tree.children(object, "nummod").isEmpty();
    }
    boolean count = "CD".equals(tokens.get(object).pos())
        || context.is(tokens.get(object), ContextWords.Kind.COUNT);
    for (int c : tree.children(object, "nmod")) {
      if (count && "NNPS".equals(tokens.get(c).pos()) && tree.caseMarker(c).equals("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger's object (or passive subject) is a law or decree: "the president signed the
   * decree" enacts something; an agreement (ACLED) is made between parties.
   */
  private boolean takesEnactment(ClauseStructure tree, int head) {
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if ((rel.equals("obj") || rel.startsWith("nsubj:pass"))
          && context.is(tree.sentence().tokens().get(c), ContextWords.Kind.ENACTMENT)) {
        return true;
      }
    }
    return false;
  }

  /** The trigger's object or passive subject, or a word coordinated with it, is of {@code kind} ("homes and shops were burned"). */
  private boolean takesKind(ClauseStructure tree, int head, ContextWords.Kind kind) {
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (rel.equals("obj") || rel.startsWith("nsubj:pass")) {
        for (int t : tree.subtree(c, true)) {
          if (context.is(tree.sentence().tokens().get(t), kind)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The trigger's object (or passive subject) is a weapon: "seized weapons", "mines were cleared". */
  private boolean takesWeapon(ClauseStructure tree, int head) {
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("nsubj:pass")) {
        for (int t : tree.subtree(c, true)) {
          if (context.is(tree.sentence().tokens().get(t), ContextWords.Kind.WEAPON)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The trigger's object names ground: a place, or a noun such as "districts" or "villages". */
  private boolean takesGround(ClauseStructure tree, int head, IntPredicate isPlace, boolean single) {
    for (int c : single ? tree.children(head, "obj") : List.<Integer>of()) {
      Token object = tree.sentence().tokens().get(c);
      if (context.is(object, ContextWords.Kind.CIVILIAN) || context.is(object, ContextWords.Kind.COMBATANT)) {
        // "forces took five people from the area": people taken, not ground (but "pushed the
        // militants out of the area" takes ground from them)
        return false;
      }
    }
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (!(rel.equals("obj") || rel.equals("iobj") || rel.equals("dep") || rel.startsWith("nsubj:pass")
          || rel.startsWith("nmod") || rel.startsWith("obl"))) {
        continue;
      }
      // "pushed the militants out of the district": ground left is ground taken
      if (rel.startsWith("obl") && !List.of("", "of", "out").contains(tree.caseMarker(c)) && !isPlace.test(c)) {
        continue;
      }
      for (int t : tree.subtree(c, true)) {
        if (isPlace.test(t) || context.is(tree.sentence().tokens().get(t), ContextWords.Kind.TERRITORY)) {
          return true;
        }
      }
    }
    return false;
  }
}
