package org.sitrep.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.store.EventStore;
import org.sitrep.text.Document;

/** /api/documents/{id}: a stored document's metadata and text (plain text, never HTML). */
final class DocumentsController {
  private final EventStore store;

  DocumentsController(EventStore store) {
    this.store = store;
  }

  void detail(Context ctx) {
    String id = ctx.pathParam("id");
    Document d = store.document(id).orElseThrow(() -> new ApiServer.NotFound("no document " + id));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", d.id());
    body.put("published", d.published() == null ? null : d.published().toString());
    body.put("title", d.title());
    body.put("url", d.url());
    body.put("outlet", d.outlet());
    body.put("text", d.text());
    JsonResponses.ok(ctx, body);
  }
}
