package org.sitrep.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.ingest.ContentHash;
import org.sitrep.store.Dialect;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.Json;
import org.sitrep.store.StoreTarget;
import org.sitrep.store.StoredDocument;
import org.sitrep.store.TestEvents;
import org.sitrep.text.Document;

/** The API over real HTTP on loopback, against both dialects. */
class ApiServerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2017-06-19T08:00:00Z"), ZoneOffset.UTC);
  final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path tmp;

  static List<Dialect> dialects() {
    return StoreTarget.dialects();
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void servesEventsDetailsDocumentsStatsExportsAndOpenApi(Dialect dialect) throws Exception {
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), CLOCK)) {
      fill(store);
      Javalin app = ApiServer.create(store).start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        JsonNode page = json(get(base + "/api/events?from=2017-06-01&to=2017-06-30&type=Battles&page=1&size=10"), 200);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(10);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("fatalities").asInt()).isEqualTo(250);
        assertThat(item.get("status").asText()).isEqualTo("disputed");
        assertThat(item.get("sources").asInt()).isEqualTo(2);
        assertThat(item.get("independent_sources").asInt()).isEqualTo(2);
        assertThat(item.get("location").has("geonames_id")).isTrue();

        assertThat(json(get(base + "/api/events?bbox=38,35,40,36.5&status=disputed&q=observatory"), 200).get("total").asLong()).isEqualTo(1);
        assertThat(json(get(base + "/api/events?actor=islamic%20state&place=raqqa"), 200).get("total").asLong()).isEqualTo(1);
        assertThat(json(get(base + "/api/events?type=Protests"), 200).get("total").asLong()).isZero();

        String id = item.get("id").asText();
        JsonNode detail = json(get(base + "/api/events/" + id), 200);
        assertThat(detail.get("id").asText()).isEqualTo(id);
        assertThat(detail.get("reports")).hasSize(2);
        JsonNode report = detail.get("reports").get(0);
        assertThat(report.get("doc").get("outlet").asText()).isIn("Raqqa Post", "Levant Wire");
        assertThat(report.get("event").get("evidence")).isNotEmpty();
        assertThat(detail.get("history")).hasSize(1);
        assertThat(detail.get("history").get(0).get("action").asText()).isEqualTo("link");
        assertThat(detail.get("history").get(0).get("at").asText()).isEqualTo("2017-06-19T08:00:00Z");
        assertThat(detail.get("history").get(0).get("events")).hasSize(2);

        JsonNode missing = json(get(base + "/api/events/ev-nope"), 404);
        assertThat(missing.get("error").asText()).contains("ev-nope");

        JsonNode doc = json(get(base + "/api/documents/" + report.get("doc").get("id").asText()), 200);
        assertThat(doc.fieldNames()).toIterable().containsExactly("id", "published", "title", "url", "outlet", "text");
        assertThat(doc.get("published").asText()).isEqualTo("2017-06-18");
        json(get(base + "/api/documents/none"), 404);

        JsonNode daily = json(get(base + "/api/stats/daily?from=2017-06-01"), 200);
        assertThat(daily).hasSize(1);
        assertThat(daily.get(0).get("date").asText()).isEqualTo("2017-06-17");
        assertThat(daily.get(0).get("type").asText()).isEqualTo("Battles");
        assertThat(daily.get(0).get("events").asInt()).isEqualTo(1);
        assertThat(daily.get(0).get("fatalities").asInt()).isEqualTo(250);

        HttpResponse<String> csv = get(base + "/api/export?format=csv&type=Battles");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type");
        HttpResponse<String> geo = get(base + "/api/export?format=geojson");
        assertThat(geo.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(Json.MAPPER.readTree(geo.body()).get("features")).hasSize(1);

        assertThat(json(get(base + "/api/events?from=17/06/2017"), 400).get("error").asText()).contains("from");
        assertThat(json(get(base + "/api/events?tpye=Battles"), 400).get("error").asText()).contains("tpye");
        assertThat(json(get(base + "/api/events?size=5000"), 400).get("error").asText()).contains("size");
        json(get(base + "/api/export?format=xlsx"), 400);

        JsonNode openApi = json(get(base + "/openapi.json"), 200);
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        assertThat(openApi.get("paths").fieldNames()).toIterable().contains("/api/events", "/api/events/{id}",
            "/api/documents/{id}", "/api/stats/daily", "/api/export");
      } finally {
        app.stop();
      }
    }
  }

  private static void fill(EventStore store) {
    String sdfSays = "The SDF said it killed 312 Islamic State fighters in Raqqa on Saturday.";
    String sohrSays = "The Syrian Observatory for Human Rights said 250 fighters died in Raqqa.";
    Document a = new Document("raqqa-post-1", LocalDate.parse("2017-06-18"), "Raqqa", null, "Raqqa Post", sdfSays);
    Document b = new Document("levant-wire-7", LocalDate.parse("2017-06-18"), "Syria", null, "Levant Wire", sohrSays);
    var raqqa = TestEvents.town("Raqqa", 35.95283, 39.00788);
    store.add(new StoredDocument(a, ContentHash.of(a.text()), "test"), List.of(TestEvents.event(a, sdfSays, "Battles",
        "Armed clash", TestEvents.SDF, TestEvents.IS, raqqa, "2017-06-17", 312, "Syrian Democratic Forces", "claimed")));
    store.add(new StoredDocument(b, ContentHash.of(b.text()), "test"), List.of(TestEvents.event(b, sohrSays, "Battles",
        "Armed clash", TestEvents.SDF, TestEvents.IS, raqqa, "2017-06-17", 250, "Syrian Observatory for Human Rights",
        "reported")));
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    return Json.MAPPER.readTree(response.body());
  }
}
