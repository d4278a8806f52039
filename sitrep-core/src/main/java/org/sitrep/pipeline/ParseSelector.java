package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.attribution.CueLexicon;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Decides which sentences without an event trigger still deserve the parser: those that claim,
 * deny or doubt ("Jaish al-Islam said it does not operate in Harasta"), since they change an
 * earlier event's status. Thread-safe.
 */
public final class ParseSelector {
  private static final Set<String> CLAIM_VERB_PREFIXES =
      Set.of("claim", "deni", "deny", "accus", "blam", "reject", "dismiss", "refut", "disput", "doubt");
  private final CueLexicon doubts;

  public ParseSelector(CueLexicon doubts) {
    this.doubts = doubts;
  }

  public boolean carriesClaim(Sentence s) {
    if (doubts.any(s.tokens(), 0, s.tokens().size())) {
      return true;
    }
    for (Token t : s.tokens()) {
      String w = t.text().toLowerCase(java.util.Locale.ROOT);
      for (String p : CLAIM_VERB_PREFIXES) {
        if (w.startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }
}
