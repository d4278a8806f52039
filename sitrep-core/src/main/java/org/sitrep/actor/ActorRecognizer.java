package org.sitrep.actor;

import java.util.List;
import org.sitrep.nlp.Sentence;

/**
 * Finds actor mentions in a document's sentences, in document order, without overlaps. Works on
 * tokens alone (POS tags may be absent). Thread-safe.
 */
public interface ActorRecognizer {
  List<ActorMention> recognize(String text, List<Sentence> sentences);
}
