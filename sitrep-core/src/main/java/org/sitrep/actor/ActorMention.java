package org.sitrep.actor;

import org.sitrep.model.Actor;
import org.sitrep.text.CharSpan;

/**
 * A stretch of text that names an actor. {@code source} says how it was recognised: a dictionary
 * alias, a metonym ("Moscow" for the Russian government), an anaphoric description ("the
 * Ministry") resolved to an earlier mention, or a provisional organisation not in the dictionary.
 */
public record ActorMention(CharSpan span, String text, Actor actor, Source source) {
  public enum Source { DICTIONARY, METONYM, ANAPHOR, PROVISIONAL }
}
