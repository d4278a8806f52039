package org.sitrep.geo;

import java.util.List;
import org.sitrep.nlp.Sentence;

/**
 * Recognises and resolves the place mentions of one document, in document order. Resolution may
 * use the whole document (focus country, nearby mentions). Thread-safe.
 */
public interface Geoparser {
  List<PlaceMention> geoparse(String text, List<Sentence> sentences);
}
