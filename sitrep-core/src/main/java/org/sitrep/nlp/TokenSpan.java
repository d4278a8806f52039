package org.sitrep.nlp;

/** A half-open range of token indices within one sentence. */
public record TokenSpan(int start, int end) {
  public TokenSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }

  public boolean contains(int token) {
    return start <= token && token < end;
  }

  public int length() {
    return end - start;
  }
}
