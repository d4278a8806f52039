package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/**
 * The event record: documents, the events extracted from them (source reports) and the linked
 * events that merge reports of one real event. Implementations are thread-safe; writes are
 * serialised, and each {@link #add} commits a document with all its events and link decisions in
 * one transaction, so a crash never leaves half a document.
 */
public interface EventStore extends AutoCloseable {
  Dialect dialect();

  /** The id of a stored document with this content hash, or with this URL when it is not null. */
  Optional<String> findDocument(String contentHash, String url);

  boolean documentIdTaken(String id);

  /**
   * Stores the document and its events and links each event to a matching linked event of another
   * document or starts a new one. Atomic. Throws {@link DuplicateDocumentException} when the
   * content hash is already stored (a concurrent ingest got there first).
   */
  AddResult add(StoredDocument document, List<EventRecord> events);

  EventPage query(EventQuery query);

  /** Every match of the query's filters (paging ignored), newest first, streamed to the sink. */
  void forEach(EventQuery query, Consumer<StoredEvent> sink);

  Optional<EventDetail> event(String linkedId);

  Optional<Document> document(String id);

  List<DailyCount> daily(EventQuery query);

  /**
   * Takes the given reports (all when empty) out of the linked event, each into an event of its
   * own, and records the decision with its reason. Returns the ids of the linked events made.
   */
  List<String> unlink(String linkedId, List<String> reportIds, String reason);

  StoreCounts counts();

  @Override
  void close();
}
