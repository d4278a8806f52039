package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/**
 * The default extraction pipeline: document → segments → sentences → mentions → events →
 * attributions → events linked within the document. Work in progress: the stages are being wired.
 */
public final class SitrepPipeline implements EventExtractor {
  public static SitrepPipeline createDefault() {
    return new SitrepPipeline();
  }

  @Override
  public List<EventRecord> extract(Document document) {
    return List.of();
  }
}
