package org.sitrep.pipeline;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.attribution.CueLexicon;
import org.sitrep.attribution.ReportingVerbLexicon;
import org.sitrep.attribution.ReportingVerbLexicon.Kind;
import org.sitrep.lexicon.Stems;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Decides which sentences without an event trigger still deserve the parser: those that claim,
 * deny or doubt ("Jaish al-Islam said it does not operate in Harasta"), since they change an
 * earlier event's status. The claim, denial and doubt verbs are those of the reporting-verb
 * lexicon, compared by crude stem before parsing. Thread-safe.
 */
public final class ParseSelector {
  private final CueLexicon doubts;
  private final Set<String> claimStems = new HashSet<>();

  public ParseSelector(CueLexicon doubts, ReportingVerbLexicon verbs) {
    this.doubts = doubts;
    for (String verb : verbs.verbsOf(Set.of(Kind.CLAIM, Kind.DENY, Kind.DOUBT))) {
      claimStems.add(Stems.of(verb));
    }
  }

  public boolean carriesClaim(Sentence s) {
    if (doubts.any(s.tokens(), 0, s.tokens().size())) {
      return true;
    }
    for (Token t : s.tokens()) {
      if (claimStems.contains(Stems.of(t.text()))) {
        return true;
      }
    }
    return false;
  }
}
