package org.sitrep.attribution;

import org.sitrep.model.Actor;
import org.sitrep.text.CharSpan;

/**
 * "X said …": the reporting verb (or "according to"), its kind, and the speaker — a dictionary
 * actor when one is named, else the speaker's words ("pro-opposition sites", "analysts").
 * {@code verbToken} and {@code speakerToken} index the sentence's tokens ({@code speakerToken} -1
 * when no speaker is named); {@code wholeSentence} is true for "according to X", which covers
 * every event of the sentence.
 */
public record ReportClause(
    int verbToken,
    String verb,
    ReportingVerbLexicon.Kind kind,
    int speakerToken,
    CharSpan speakerSpan,
    String speakerText,
    Actor speaker,
    boolean speakerIsPronoun,
    boolean wholeSentence) {

  public String sourceName() {
    return speaker != null ? speaker.name() : speakerText;
  }

  public ReportClause withSpeaker(Actor actor) {
    return new ReportClause(verbToken, verb, kind, speakerToken, speakerSpan, speakerText, actor, false, wholeSentence);
  }
}
