package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
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
    List<Trigger> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Trigger found = null;
      if (!inName.test(i) && !isProperName(tokens.get(i))) {
        for (TriggerLexicon.Entry e : lexicon.startingWith(tokens.get(i).base())) {
          int len = e.lemmas().size();
          if (!matches(tokens, i, e)) {
            continue;
          }
          int head = phraseHead(tree, i, i + len);
          if (accepts(tree, e, head, aid, isPlace)) {
            found = new Trigger(new TokenSpan(i, i + len), head, e);
            break;
          }
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

  private static boolean matches(List<Token> tokens, int start, TriggerLexicon.Entry e) {
    if (start + e.lemmas().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < e.lemmas().size(); k++) {
      Token t = tokens.get(start + k);
      String want = e.lemmas().get(k);
      if (!want.equals(t.base()) && !want.equalsIgnoreCase(t.text())) {
        return false;
      }
    }
    return true;
  }

  private boolean accepts(ClauseStructure tree, TriggerLexicon.Entry e, int head, boolean aid, IntPredicate isPlace) {
    for (TriggerLexicon.Condition c : e.conditions()) {
      boolean ok =
          switch (c) {
            case NOUN -> tree.isNoun(head);
            case VERB -> tree.isVerb(head);
            case AID -> aid;
            case PLACE -> takesGround(tree, head, isPlace);
            case PEOPLE -> true;
            case WEAPON -> takesWeapon(tree, head);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
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
  private boolean takesGround(ClauseStructure tree, int head, IntPredicate isPlace) {
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (!(rel.equals("obj") || rel.equals("iobj") || rel.equals("dep") || rel.startsWith("nsubj:pass")
          || rel.startsWith("nmod") || rel.startsWith("obl"))) {
        continue;
      }
      if (rel.startsWith("obl") && !List.of("", "of").contains(tree.caseMarker(c)) && !isPlace.test(c)) {
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
