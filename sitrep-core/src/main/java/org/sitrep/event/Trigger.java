package org.sitrep.event;

import org.sitrep.model.EventType;
import org.sitrep.nlp.TokenSpan;

/** A trigger found in a parsed sentence: its tokens, its head token and its lexicon entry. */
public record Trigger(TokenSpan tokens, int head, TriggerLexicon.Entry entry) {
  public EventType type() {
    return entry.type();
  }

  public int weight() {
    return entry.weight();
  }
}
