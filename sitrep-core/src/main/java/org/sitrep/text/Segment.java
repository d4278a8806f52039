package org.sitrep.text;

import java.util.List;

/**
 * One item of a document: a roundup's story under its headline, or the whole of a plain report.
 * {@code headline} is null when the item has none; {@code paragraphs} are the body paragraphs
 * that may carry events, boilerplate (photo credits, cross-links) already left out.
 */
public record Segment(int index, CharSpan headline, List<CharSpan> paragraphs) {
  public Segment {
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("segment without body");
    }
  }
}
