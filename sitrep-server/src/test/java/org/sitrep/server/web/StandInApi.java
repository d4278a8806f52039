package org.sitrep.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sitrep.link.LinkedEvent;
import org.sitrep.model.EventRecord;

/**
 * The read side of the REST API contract (events, event, document, daily stats, export) over an
 * in-memory {@link SampleRecord}. It stands in for {@code org.sitrep.server.api} (branch
 * {@code store}) so the UI can be tested before the store lands; once it has, the browser test
 * runs against the real API over a SQLite file and this class goes.
 */
final class StandInApi {
  private final SampleRecord record;

  StandInApi(SampleRecord record) {
    this.record = record;
  }

  void install(Javalin app) {
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", this::event);
    app.get("/api/documents/{id}", this::document);
    app.get("/api/stats/daily", this::daily);
    app.get("/api/export", this::export);
  }

  List<LinkedEvent> overlapping(LocalDate from, LocalDate to) {
    return record.events().stream().filter(le -> overlaps(le.event(), from, to)).toList();
  }

  private static boolean overlaps(EventRecord e, LocalDate from, LocalDate to) {
    if (e.date().start() == null) {
      return false;
    }
    return !LocalDate.parse(e.date().end()).isBefore(from) && !LocalDate.parse(e.date().start()).isAfter(to);
  }

  private List<LinkedEvent> filtered(Context ctx) {
    List<Predicate<LinkedEvent>> tests = new ArrayList<>();
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    if (from != null || to != null) {
      LocalDate f = from == null ? LocalDate.MIN : LocalDate.parse(from);
      LocalDate t = to == null ? LocalDate.MAX : LocalDate.parse(to);
      tests.add(le -> overlaps(le.event(), f, t));
    }
    param(ctx, "type").ifPresent(v -> tests.add(le -> v.equals(le.event().type())));
    param(ctx, "status").ifPresent(v -> tests.add(le -> v.equals(le.event().status())));
    param(ctx, "actor").ifPresent(v -> tests.add(le -> contains(le.event().actor1() == null ? null : le.event().actor1().name(), v)
        || contains(le.event().actor2() == null ? null : le.event().actor2().name(), v)));
    param(ctx, "place").ifPresent(v -> tests.add(le -> le.event().location() != null
        && (contains(le.event().location().name(), v) || contains(le.event().location().admin1(), v)
            || v.equals(le.event().location().country()))));
    param(ctx, "q").ifPresent(v -> tests.add(le -> le.reports().stream().anyMatch(r ->
        contains(record.documents().get(r.doc().id()).get("text").asText(), v))));
    return record.events().stream().filter(le -> tests.stream().allMatch(t -> t.test(le))).toList();
  }

  private static java.util.Optional<String> param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v.trim());
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private ObjectNode item(LinkedEvent le) {
    ObjectNode n = SampleRecord.JSON.valueToTree(le.event());
    n.put("sources", le.reports().size());
    n.put("independent_sources", le.independentSources());
    return n;
  }

  private void events(Context ctx) {
    List<LinkedEvent> all = filtered(ctx);
    int page = ctx.queryParamAsClass("page", Integer.class).getOrDefault(1);
    int size = ctx.queryParamAsClass("size", Integer.class).getOrDefault(50);
    ObjectNode out = SampleRecord.JSON.createObjectNode();
    out.put("total", all.size()).put("page", page).put("size", size);
    ArrayNode items = out.putArray("items");
    all.stream().skip((long) (page - 1) * size).limit(size).forEach(le -> items.add(item(le)));
    ctx.json(out);
  }

  private void event(Context ctx) {
    LinkedEvent le = record.events().stream().filter(e -> e.id().equals(ctx.pathParam("id"))).findFirst().orElse(null);
    if (le == null) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no event " + ctx.pathParam("id")));
      return;
    }
    ObjectNode n = item(le);
    ArrayNode reports = n.putArray("reports");
    for (EventRecord r : le.reports()) {
      ObjectNode rep = reports.addObject();
      rep.set("doc", SampleRecord.JSON.valueToTree(r.doc()));
      rep.set("event", SampleRecord.JSON.valueToTree(r));
    }
    ArrayNode history = n.putArray("history");
    if (le.reports().size() > 1) {
      ObjectNode h = history.addObject();
      h.put("at", le.reports().get(1).doc().published()).put("action", "link")
          .put("reason", "same type, place and day");
      ArrayNode ids = h.putArray("events");
      le.reports().forEach(r -> ids.add(r.id()));
    }
    ctx.json(n);
  }

  private void document(Context ctx) {
    JsonNode d = record.documents().get(ctx.pathParam("id"));
    if (d == null) {
      ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no document " + ctx.pathParam("id")));
    } else {
      ctx.json(d);
    }
  }

  private void daily(Context ctx) {
    Map<String, int[]> byKey = new TreeMap<>();
    for (LinkedEvent le : filtered(ctx)) {
      EventRecord e = le.event();
      int[] v = byKey.computeIfAbsent(e.date().start() + "\t" + e.type(), k -> new int[2]);
      v[0]++;
      v[1] += e.fatalities() == null ? 0 : e.fatalities();
    }
    ArrayNode out = SampleRecord.JSON.createArrayNode();
    byKey.forEach((k, v) -> out.addObject().put("date", k.split("\t")[0]).put("type", k.split("\t")[1])
        .put("events", v[0]).put("fatalities", v[1]));
    ctx.json(out);
  }

  private void export(Context ctx) {
    List<LinkedEvent> all = filtered(ctx);
    if ("geojson".equals(ctx.queryParam("format"))) {
      ObjectNode fc = SampleRecord.JSON.createObjectNode().put("type", "FeatureCollection");
      ArrayNode features = fc.putArray("features");
      for (LinkedEvent le : all) {
        ObjectNode f = features.addObject().put("type", "Feature");
        f.putObject("geometry").put("type", "Point").putArray("coordinates")
            .add(le.event().location().lon()).add(le.event().location().lat());
        f.set("properties", item(le));
      }
      ctx.contentType("application/geo+json").result(fc.toString());
      return;
    }
    StringBuilder csv = new StringBuilder("id,date,type,subtype,place,country,fatalities,status\n");
    for (LinkedEvent le : all) {
      EventRecord e = le.event();
      csv.append(String.join(",", e.id(), e.date().start(), q(e.type()), q(e.subtype()),
          q(e.location().name()), e.location().country(), String.valueOf(e.fatalities()), e.status())).append('\n');
    }
    ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
  }

  private static String q(String s) {
    return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
  }
}
