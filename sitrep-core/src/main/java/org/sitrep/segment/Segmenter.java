package org.sitrep.segment;

import java.util.List;
import org.sitrep.text.Document;
import org.sitrep.text.Segment;

/** Splits a document into the items that may report events. Thread-safe. */
public interface Segmenter {
  List<Segment> segment(Document document);
}
