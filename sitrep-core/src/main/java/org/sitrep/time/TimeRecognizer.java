package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.nlp.Sentence;

/**
 * Finds and resolves time expressions in one sentence. {@code published} may be null: relative
 * expressions then come back unresolved (null dates, precision unknown), never guessed from the
 * wall clock. Thread-safe.
 */
public interface TimeRecognizer {
  List<TimeMention> recognize(String text, Sentence sentence, LocalDate published);
}
