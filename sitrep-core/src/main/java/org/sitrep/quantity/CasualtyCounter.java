package org.sitrep.quantity;

import java.util.List;
import org.sitrep.nlp.Sentence;

/** Finds casualty counts in one sentence (tokens alone; POS may be absent). Thread-safe. */
public interface CasualtyCounter {
  List<CasualtyMention> count(String text, Sentence sentence);
}
