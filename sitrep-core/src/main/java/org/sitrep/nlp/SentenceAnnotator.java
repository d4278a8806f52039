package org.sitrep.nlp;

import java.util.List;
import org.sitrep.text.CharSpan;

/**
 * Splits text into tokenized sentences and, on demand, parses chosen sentences (POS, lemma,
 * dependencies). Parsing is kept separate because it is the expensive step: callers parse only
 * the sentences that can carry an event. Implementations are thread-safe.
 */
public interface SentenceAnnotator {
  /** Tokenized sentences of {@code text} within {@code region}; offsets are into {@code text}. */
  List<Sentence> split(String text, CharSpan region);

  /** The same sentences with POS tags, lemmas and dependency edges added. */
  List<Sentence> parse(String text, List<Sentence> sentences);
}
