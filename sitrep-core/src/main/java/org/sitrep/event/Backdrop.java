package org.sitrep.event;

import org.sitrep.nlp.ClauseStructure;

/**
 * Phrases that set the scene for a clause's own act: a nominal after "following", "after",
 * "amid" ("a protest took place following the arrest of two traders"), or the support an act
 * was "backed by". What such a phrase names
 * happened before or around the reported act; it is not the act. Stateless.
 */
final class Backdrop {
  private Backdrop() {}

  /** Whether {@code token} heads a nominal phrase opened by a backdrop preposition. */
  static boolean heads(ContextWords context, ClauseStructure tree, int token) {
    String rel = tree.relation(token);
    if (!(rel.startsWith("obl") || rel.startsWith("nmod")) || !tree.isNoun(token)) {
      return false;
    }
    for (int c : tree.children(token, "case")) {
      if (context.is(tree.sentence().tokens().get(c), ContextWords.Kind.BACKDROP)) {
        return true;
      }
      // "troops backed by coalition air strikes repelled an attack": support for the act
      int verb = tree.head(token);
      if (tree.sentence().tokens().get(c).text().equalsIgnoreCase("by") && verb >= 0 && tree.isVerb(verb)
          && context.is(tree.sentence().tokens().get(verb), ContextWords.Kind.SUPPORT)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code token} lies inside such a phrase (in its clause, not in a nested one). */
  static boolean contains(ContextWords context, ClauseStructure tree, int token) {
    int t = token;
    int guard = 0;
    while (t >= 0 && guard++ < tree.sentence().tokens().size()) {
      if (heads(context, tree, t)) {
        return true;
      }
      if (tree.isClauseHead(t)) {
        return false;
      }
      t = tree.head(t);
    }
    return false;
  }
}
