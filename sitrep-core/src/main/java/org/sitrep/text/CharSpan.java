package org.sitrep.text;

/**
 * A half-open range of UTF-16 code units in a document's text: the single truth for where a
 * mention, sentence or piece of evidence lies. Token ranges are a different type ({@code TokenSpan}).
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad character span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(CharSpan o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
