package org.sitrep.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.sitrep.nlp.ClauseStructure;
import org.sitrep.model.Actor;
import org.sitrep.nlp.Token;
import org.sitrep.text.CharSpan;

/**
 * Finds who says what in a parsed sentence: reporting verbs with their speakers (the subject, or
 * the subject of the governing verb for "…, saying …"), and "according to X". Which events a
 * report covers is decided by {@link #covering}: the nearest reporting verb that dominates the
 * event's trigger in the parse. Thread-safe.
 */
public final class AttributionFinder {
  private final ReportingVerbLexicon verbs;

  public AttributionFinder(ReportingVerbLexicon verbs) {
    this.verbs = verbs;
  }

  /**
   * @param actorAt the actor named by a token, or null
   */
  public List<ReportClause> find(ClauseStructure tree, IntFunction<Actor> actorAt) {
    List<Token> tokens = tree.sentence().tokens();
    List<ReportClause> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.text().equalsIgnoreCase("according") && i + 1 < tokens.size()
          && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        int speaker = tree.head(i);
        if (speaker >= 0 && speaker != i) {
          out.add(clause(tree, i, "according to", ReportingVerbLexicon.Kind.SAY, speaker, actorAt, true));
        }
        continue;
      }
      if (!tree.isVerb(i)) {
        continue;
      }
      var kind = verbs.kindOf(t.base());
      if (kind.isEmpty() || tree.isNegated(i)) {
        continue; // "The group did not claim the attack": no one claims, denies or says anything
      }
      int stranded = tree.children(i, "nsubj").isEmpty() ? strandedSpeaker(tree, i) : -1;
      int speaker = stranded >= 0 ? stranded : closingApposition(tree, i, subjectOf(tree, i));
      boolean trailing = isTrailing(tree, i, speaker);
      // "…, police said." reports the sentence before it however the parser attached it.
      if (stranded < 0 && !trailing && !hasContent(tree, i)) {
        continue;
      }
      out.add(clause(tree, i, t.text().toLowerCase(Locale.ROOT), kind.get(), speaker, actorAt, trailing));
    }
    return out;
  }

  /** The report that covers a trigger: the nearest reporting verb dominating it, else "according to". */
  public static ReportClause covering(ClauseStructure tree, List<ReportClause> reports, int trigger) {
    ReportClause best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (ReportClause r : reports) {
      if (r.wholeSentence() || r.verbToken() == trigger) {
        continue;
      }
      int v = r.verbToken();
      boolean inSpeaker = r.speakerToken() >= 0 && tree.dominates(r.speakerToken(), trigger);
      boolean covers = !inSpeaker && (tree.dominates(v, trigger)
          || (tree.relation(v).equals("parataxis") && tree.dominates(tree.head(v), trigger)
              && !tree.dominates(v, trigger)));
      if (covers) {
        int depth = depth(tree, v);
        if (best == null || depth > bestDepth) {
          best = r;
          bestDepth = depth;
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (ReportClause r : reports) {
      if (r.wholeSentence()) {
        return r;
      }
    }
    return null;
  }

  private static int depth(ClauseStructure tree, int token) {
    int d = 0;
    for (int t = token; t >= 0 && d <= tree.sentence().tokens().size(); t = tree.head(t)) {
      d++;
    }
    return d;
  }

  /**
   * "…, a military official said (on Tuesday)." closes the sentence and reports all of it,
   * however the parser attached it: the verb is followed only by punctuation and its own
   * non-clausal modifiers, and its subject follows a comma.
   */
  private static boolean isTrailing(ClauseStructure tree, int verb, int speaker) {
    List<Token> tokens = tree.sentence().tokens();
    if (!closesSentence(tree, verb)) {
      return false;
    }
    if (speaker < 0 || speaker > verb) {
      return false;
    }
    int first = tree.subtree(speaker, true).get(0);
    return first > 0 && tokens.get(first - 1).text().equals(",");
  }

  /** Only punctuation and the verb's own non-clausal modifiers ("on Tuesday", "in a statement") follow it. */
  private static boolean closesSentence(ClauseStructure tree, int verb) {
    for (int k = verb + 1; k < tree.sentence().tokens().size(); k++) {
      boolean punct = "PUNCT".equals(tree.relation(k)) || tree.relation(k).equals("punct");
      if (!punct && !(tree.dominates(verb, k) && !tree.isVerb(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "…, killing nine people, a local rebel group said.": the parser may hang a closing speaker on
   * the noun before it as an apposition, leaving the verb without a subject. A subjectless
   * reporting verb that closes the sentence takes the noun phrase right before it as its speaker
   * when that phrase opens after a comma.
   */
  private static int strandedSpeaker(ClauseStructure tree, int verb) {
    List<Token> tokens = tree.sentence().tokens();
    if (verb == 0 || !tree.isNoun(verb - 1) || tree.relation(verb - 1).equals("nsubj")) {
      return -1;
    }
    int head = verb - 1; // "the health ministry of the UN-recognised government said": the ministry
    while (tree.relation(head).startsWith("nmod") && tree.head(head) >= 0 && tree.head(head) < head
        && tree.isNoun(tree.head(head))) {
      head = tree.head(head);
    }
    if (!closesSentence(tree, verb)) {
      return -1; // more of the sentence follows: not a closing "X said"
    }
    int first = tree.subtree(head, true).get(0);
    boolean afterComma = tokens.get(first).text().equals(",") || first > 0 && tokens.get(first - 1).text().equals(",");
    return afterComma ? head : -1;
  }

  /**
   * "…, injuring two workers, the regional administration said.": the parser may take the victims
   * for the subject and the speaker for their apposition. An apposition that ends right before
   * the verb, after a comma, is the speaker.
   */
  private static int closingApposition(ClauseStructure tree, int verb, int subject) {
    if (subject < 0 || subject > verb) {
      return subject;
    }
    List<Token> tokens = tree.sentence().tokens();
    for (int a : tree.children(subject, "appos")) {
      List<Integer> phrase = tree.subtree(a, true);
      int first = phrase.get(0);
      if (phrase.get(phrase.size() - 1) == verb - 1 && first > 0 && tokens.get(first - 1).text().equals(",")) {
        return a;
      }
    }
    return subject;
  }

  /** A reporting verb reports something: a clause, an object, or a parenthetical use. */
  private static boolean hasContent(ClauseStructure tree, int verb) {
    for (int c : tree.children(verb)) {
      String r = tree.relation(c);
      if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("parataxis")
          || r.equals("obl") || r.equals("advcl") || r.equals("dep")) {
        return true;
      }
    }
    return tree.relation(verb).equals("parataxis") || tree.relation(verb).equals("acl:relcl");
  }

  private static int subjectOf(ClauseStructure tree, int verb) {
    int v = verb;
    for (int hops = 0; hops < 3 && v >= 0; hops++) {
      if (tree.isPassive(v)) {
        // "The attack was claimed by JNIM": the by-phrase speaks; the subject is what is said.
        for (int c : tree.children(v, "obl")) {
          if (tree.caseMarker(c).equals("by")) {
            return c;
          }
        }
        return -1;
      }
      List<Integer> subj = tree.children(v, "nsubj");
      if (!subj.isEmpty()) {
        // The parser may hang a stray determiner as a second subject: prefer the nominal one.
        for (int s : subj) {
          if (tree.isNoun(s) || tree.isPronoun(s)) {
            return s;
          }
        }
        return subj.get(subj.size() - 1);
      }
      String r = tree.relation(v);
      if (!(r.equals("xcomp") || r.equals("advcl") || r.equals("conj") || r.equals("acl") || r.equals("dep"))) {
        break;
      }
      v = tree.head(v);
    }
    return -1;
  }

  private static ReportClause clause(
      ClauseStructure tree, int verb, String verbText, ReportingVerbLexicon.Kind kind, int speaker,
      IntFunction<Actor> actorAt, boolean whole) {
    if (speaker < 0) {
      return new ReportClause(verb, verbText, kind, -1, null, null, null, false, whole);
    }
    List<Integer> span = speakerTokens(tree, speaker);
    List<Token> tokens = tree.sentence().tokens();
    Actor actor = actorAt.apply(speaker);
    if (actor == null) {
      for (int t : span) {
        if (actorAt.apply(t) != null) {
          actor = actorAt.apply(t);
          break;
        }
      }
    }
    if (actor == null && !tree.isPronoun(speaker) && !whole) {
      // A badly attached subject: take the nearest actor named left of the verb in its clause.
      for (int t = verb - 1; t >= 0 && actor == null; t--) {
        if (actorAt.apply(t) != null && tree.clauseOf(t) == tree.clauseOf(verb)) {
          actor = actorAt.apply(t);
        }
      }
    }
    int from = span.get(0);
    int to = span.get(span.size() - 1);
    while (from < to && (isDeterminer(tokens.get(from)) || isMarker(tree, from))) {
      from++;
    }
    CharSpan chars = new CharSpan(tokens.get(from).span().start(), tokens.get(to).span().end());
    String text = joined(tokens, from, to);
    boolean pronoun = tree.isPronoun(speaker) && actor == null;
    return new ReportClause(verb, verbText, kind, speaker, chars, text, actor, pronoun, whole);
  }

  /** The speaker's phrase without appositions and relative clauses ("X, a specialist who …"). */
  private static List<Integer> speakerTokens(ClauseStructure tree, int speaker) {
    List<Integer> out = new ArrayList<>();
    out.add(speaker);
    for (int c : tree.children(speaker)) {
      String r = tree.relation(c);
      if (r.equals("appos") || r.startsWith("acl") || r.equals("punct") || r.equals("parataxis")) {
        continue;
      }
      out.addAll(tree.subtree(c, true));
    }
    out.sort(Integer::compare);
    return out;
  }

  /** "according to", "by": the words that introduce a speaker are not part of its name. */
  private static boolean isMarker(ClauseStructure tree, int token) {
    String r = tree.relation(token);
    return r.equals("case") || r.equals("fixed") || r.equals("mark");
  }

  private static boolean isDeterminer(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.equals("the") || w.equals("a") || w.equals("an") || "DT".equals(t.pos());
  }

  private static String joined(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from && tokens.get(i).span().start() > tokens.get(i - 1).span().end()) {
        b.append(' ');
      }
      b.append(tokens.get(i).text());
    }
    return b.toString();
  }
}
