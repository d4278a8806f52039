package org.sitrep.text;

/**
 * One item of a document: a roundup's story under its headline, or the whole of a plain report.
 * {@code headline} is null when the item has none; {@code body} is the text that may carry events.
 */
public record Segment(int index, CharSpan headline, CharSpan body) {
  public Segment {
    if (body == null) {
      throw new IllegalArgumentException("segment without body");
    }
  }
}
