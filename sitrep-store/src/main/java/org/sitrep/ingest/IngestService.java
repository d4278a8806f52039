package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.EventRecord;
import org.sitrep.pipeline.EventExtractor;
import org.sitrep.store.AddResult;
import org.sitrep.store.DuplicateDocumentException;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredDocument;
import org.sitrep.text.Document;

/**
 * The ingest path: sources → documents → events (the extractor) → the store, one transaction per
 * document. Idempotent: a document whose content hash or URL is stored is not extracted again, so
 * rerunning after a crash completes the rest. Bad input is skipped with a reason; a failing
 * database aborts the run (by exception) rather than skipping every document after it.
 * Not thread-safe; one run at a time per instance.
 */
public final class IngestService {
  private final EventStore store;
  private final EventExtractor extractor;
  private final SourceCollector collector;
  private final Map<SourceKind, SourceReader> readers;

  public IngestService(EventStore store, EventExtractor extractor, long maxFileBytes) {
    this.store = store;
    this.extractor = extractor;
    this.collector = new SourceCollector(maxFileBytes);
    this.readers = Map.of(
        SourceKind.TEXT, new PlainTextReader(),
        SourceKind.DOCUMENT_JSONL, new DocumentJsonlReader(),
        SourceKind.HTML, new HtmlPageReader(),
        SourceKind.FEED, new FeedReader(),
        SourceKind.WARC, new WarcFileReader(maxFileBytes));
  }

  public IngestReport ingest(List<String> sources, IngestListener listener) {
    Run run = new Run();
    List<String> items = collector.expand(sources, run::skip);
    for (int i = 0; i < items.size(); i++) {
      ReadOutcome.Skipped unreadable = collector.open(items.get(i),
          item -> readers.get(item.kind()).read(item, run::accept));
      if (unreadable != null) {
        run.skip(unreadable);
      }
      listener.itemDone(i + 1, items.size(), run.counts);
    }
    return new IngestReport(run.counts, run.skips);
  }

  /** The state of one run. */
  private final class Run {
    IngestReport.Counts counts = IngestReport.Counts.ZERO;
    final List<ReadOutcome.Skipped> skips = new ArrayList<>();

    void skip(ReadOutcome.Skipped skipped) {
      skips.add(skipped);
      counts = counts.plus(0, 0, 0, 1, 0, 0);
    }

    void accept(ReadOutcome outcome) {
      if (outcome instanceof ReadOutcome.Skipped skipped) {
        skip(skipped);
      } else if (outcome instanceof ReadOutcome.Read read) {
        counts = counts.plus(1, 0, 0, 0, 0, 0);
        store(read.document(), read.origin());
      }
    }

    private void store(Document document, String origin) {
      String hash = ContentHash.of(document.text());
      if (store.findDocument(hash, document.url()).isPresent()) {
        counts = counts.plus(0, 0, 1, 0, 0, 0);
        return;
      }
      Document doc = document;
      if (store.documentIdTaken(doc.id())) {
        doc = new Document(doc.id() + "-" + hash.substring(0, 8), doc.published(), doc.title(), doc.url(),
            doc.outlet(), doc.text());
      }
      List<EventRecord> events;
      try {
        events = extractor.extract(doc);
      } catch (RuntimeException e) {
        skip(new ReadOutcome.Skipped(origin, "extraction failed: " + e));
        return;
      }
      Optional<String> bad = badEvidence(doc, events);
      if (bad.isPresent()) {
        skip(new ReadOutcome.Skipped(origin, bad.get()));
        return;
      }
      try {
        AddResult result = store.add(new StoredDocument(doc, hash, origin), events);
        counts = counts.plus(0, 1, 0, 0, result.eventsStored(), result.eventsLinked());
      } catch (DuplicateDocumentException e) {
        counts = counts.plus(0, 0, 1, 0, 0, 0);
      }
    }
  }

  /** Evidence must point into this document's text: the store keeps offsets as the truth. */
  private static Optional<String> badEvidence(Document doc, List<EventRecord> events) {
    for (EventRecord e : events) {
      for (var ev : e.evidence()) {
        if (ev.start() < 0 || ev.end() > doc.text().length() || ev.start() > ev.end()) {
          return Optional.of("extractor gave evidence outside the text (" + ev.start() + ".." + ev.end() + ")");
        }
      }
    }
    return Optional.empty();
  }
}
