package org.sitrep.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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
 * Extraction may run on several threads; reading and storing stay on the calling thread, in order.
 * Not thread-safe; one run at a time per instance.
 */
public final class IngestService {
  private final EventStore store;
  private final EventExtractor extractor;
  private final SourceCollector collector;
  private final Map<SourceKind, SourceReader> readers;
  private final int extractionThreads;

  public IngestService(EventStore store, EventExtractor extractor, long maxFileBytes) {
    this(store, extractor, maxFileBytes, 1);
  }

  /**
   * With {@code extractionThreads} above 1, documents are extracted in parallel (the extractor is
   * thread-safe by contract) and stored by the calling thread in reading order.
   */
  public IngestService(EventStore store, EventExtractor extractor, long maxFileBytes, int extractionThreads) {
    if (extractionThreads < 1) {
      throw new IllegalArgumentException("extraction threads must be >= 1, got " + extractionThreads);
    }
    this.store = store;
    this.extractor = extractor;
    this.collector = new SourceCollector(maxFileBytes);
    this.extractionThreads = extractionThreads;
    this.readers = Map.of(
        SourceKind.TEXT, new PlainTextReader(),
        SourceKind.DOCUMENT_JSONL, new DocumentJsonlReader(),
        SourceKind.HTML, new HtmlPageReader(),
        SourceKind.FEED, new FeedReader(),
        SourceKind.WARC, new WarcFileReader(maxFileBytes));
  }

  public IngestReport ingest(List<String> sources, IngestListener listener) {
    ExecutorService pool = extractionThreads == 1 ? null : Executors.newFixedThreadPool(extractionThreads, r -> {
      Thread t = new Thread(r, "sitrep-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      Run run = new Run(pool);
      List<String> items = collector.expand(sources, run::skip);
      for (int i = 0; i < items.size(); i++) {
        ReadOutcome.Skipped unreadable = collector.open(items.get(i),
            item -> readers.get(item.kind()).read(item, run::accept));
        if (unreadable != null) {
          run.skip(unreadable);
        }
        run.drain(0);
        listener.itemDone(i + 1, items.size(), run.counts);
      }
      if (run.counts.stored() > 0) {
        store.analyze();
      }
      return new IngestReport(run.counts, run.skips);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** A document being extracted, to be stored in reading order. */
  private record Pending(Document document, String hash, String origin, Future<List<EventRecord>> events) {}

  /** The state of one run. */
  private final class Run {
    final ExecutorService pool;
    final Deque<Pending> pending = new ArrayDeque<>();
    final Set<String> pendingHashes = new HashSet<>();
    final Set<String> pendingIds = new HashSet<>();
    IngestReport.Counts counts = IngestReport.Counts.ZERO;
    final List<ReadOutcome.Skipped> skips = new ArrayList<>();

    Run(ExecutorService pool) {
      this.pool = pool;
    }

    void skip(ReadOutcome.Skipped skipped) {
      skips.add(skipped);
      counts = counts.plus(0, 0, 0, 1, 0, 0);
    }

    void accept(ReadOutcome outcome) {
      if (outcome instanceof ReadOutcome.Skipped skipped) {
        skip(skipped);
      } else if (outcome instanceof ReadOutcome.Read read) {
        counts = counts.plus(1, 0, 0, 0, 0, 0);
        submit(read.document(), read.origin());
        drain(2 * extractionThreads);
      }
    }

    private void submit(Document document, String origin) {
      String hash = ContentHash.of(document.text());
      if (pendingHashes.contains(hash) || store.findDocument(hash, document.url()).isPresent()) {
        counts = counts.plus(0, 0, 1, 0, 0, 0);
        return;
      }
      Document doc = document;
      if (pendingIds.contains(doc.id()) || store.documentIdTaken(doc.id())) {
        doc = new Document(doc.id() + "-" + hash.substring(0, 8), doc.published(), doc.title(), doc.url(),
            doc.outlet(), doc.text());
      }
      Document toExtract = doc;
      Callable<List<EventRecord>> work = () -> extractor.extract(toExtract);
      Future<List<EventRecord>> events;
      if (pool == null) {
        FutureTask<List<EventRecord>> task = new FutureTask<>(work);
        task.run();
        events = task;
      } else {
        events = pool.submit(work);
      }
      pending.add(new Pending(doc, hash, origin, events));
      pendingHashes.add(hash);
      pendingIds.add(doc.id());
    }

    /** Stores finished documents, oldest first, until at most {@code keep} remain in flight. */
    void drain(int keep) {
      while (pending.size() > keep) {
        Pending p = pending.poll();
        pendingHashes.remove(p.hash());
        pendingIds.remove(p.document().id());
        store(p);
      }
    }

    private void store(Pending p) {
      List<EventRecord> events;
      try {
        events = p.events().get();
      } catch (ExecutionException e) {
        skip(new ReadOutcome.Skipped(p.origin(), "extraction failed: " + e.getCause()));
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("ingest interrupted", e);
      }
      Optional<String> bad = badEvidence(p.document(), events);
      if (bad.isPresent()) {
        skip(new ReadOutcome.Skipped(p.origin(), bad.get()));
        return;
      }
      try {
        AddResult result = store.add(new StoredDocument(p.document(), p.hash(), p.origin()), events);
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
