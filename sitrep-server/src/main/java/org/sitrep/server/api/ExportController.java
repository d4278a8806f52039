package org.sitrep.server.api;

import io.javalin.http.Context;
import java.util.Set;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.Exporter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/** /api/export?format=csv|geojson|jsonl&filters: every match, streamed, with its media type. */
final class ExportController {
  private final EventStore store;

  ExportController(EventStore store) {
    this.store = store;
  }

  void export(Context ctx) {
    ExportFormat format = ExportFormat.parse(ctx.queryParamAsClass("format", String.class).getOrDefault("jsonl"));
    EventQuery query = QueryParams.eventQuery(ctx, Set.of("format"));
    ctx.contentType(format.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format.extension() + "\"");
    Exporter.export(store, query, format, ctx.outputStream());
  }
}
