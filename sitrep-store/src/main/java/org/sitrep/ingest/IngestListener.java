package org.sitrep.ingest;

/** Told of progress after each source item; called on the ingesting thread. */
public interface IngestListener {
  IngestListener NONE = (done, total, counts) -> {};

  void itemDone(int done, int total, IngestReport.Counts counts);
}
