package org.sitrep.nlp;

import org.sitrep.text.CharSpan;

/**
 * A token of a sentence. {@code index} counts from 0 within the sentence. {@code pos} and
 * {@code lemma} are null until the sentence has been parsed.
 */
public record Token(int index, CharSpan span, String text, String pos, String lemma) {
  public Token withTags(String pos, String lemma) {
    return new Token(index, span, text, pos, lemma);
  }

  /** The lemma when known, else the lower-cased surface form. */
  public String base() {
    return lemma != null ? lemma.toLowerCase(java.util.Locale.ROOT) : text.toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
