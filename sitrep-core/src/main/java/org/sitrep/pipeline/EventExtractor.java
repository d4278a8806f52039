package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/** Document in, events in the output contract out. Implementations are thread-safe. */
public interface EventExtractor {
  List<EventRecord> extract(Document document);
}
