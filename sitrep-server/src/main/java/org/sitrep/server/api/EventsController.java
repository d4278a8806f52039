package org.sitrep.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Set;
import org.sitrep.export.EventJson;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventStore;
import org.sitrep.store.Json;
import org.sitrep.store.LinkDecision;
import org.sitrep.store.SourceReport;

/** /api/events, /api/events/{id} and /api/stats/daily. */
final class EventsController {
  private final EventStore store;

  EventsController(EventStore store) {
    this.store = store;
  }

  void list(Context ctx) {
    EventPage page = store.query(QueryParams.eventQuery(ctx, Set.of("page", "size")));
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("total", page.total());
    body.put("page", page.page());
    body.put("size", page.size());
    ArrayNode items = body.putArray("items");
    page.items().forEach(e -> items.add(EventJson.item(e)));
    JsonResponses.ok(ctx, body);
  }

  void detail(Context ctx) {
    String id = ctx.pathParam("id");
    EventDetail detail = store.event(id).orElseThrow(() -> new ApiServer.NotFound("no event " + id));
    ObjectNode body = EventJson.item(detail.summary());
    ArrayNode reports = body.putArray("reports");
    for (SourceReport r : detail.reports()) {
      ObjectNode report = reports.addObject();
      report.set("doc", Json.MAPPER.valueToTree(r.doc()));
      report.set("event", Json.MAPPER.valueToTree(r.event()));
    }
    ArrayNode history = body.putArray("history");
    for (LinkDecision d : detail.history()) {
      ObjectNode h = history.addObject();
      h.put("at", d.at().toString());
      h.put("action", d.action());
      h.put("reason", d.reason());
      d.events().forEach(h.putArray("events")::add);
    }
    JsonResponses.ok(ctx, body);
  }

  void daily(Context ctx) {
    JsonResponses.ok(ctx, store.daily(QueryParams.eventQuery(ctx, Set.of())));
  }
}
