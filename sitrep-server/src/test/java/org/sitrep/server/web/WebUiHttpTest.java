package org.sitrep.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

class WebUiHttpTest {
  private static WorkbenchServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir static Path data;

  @BeforeAll
  static void start() {
    server = new WorkbenchServer(data.resolve("sitrep.db"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void pageIsServedWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Content-Type").map(v -> v.replace(" ", ""))).hasValue("text/html;charset=utf-8");
    // No inline script or style: every <script> has a src, no style attribute or element.
    assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("style=").doesNotContain("<style");
  }

  @Test
  void vendoredLibrariesAndModulesAreServedLocally() throws Exception {
    for (String path : new String[] {"/vendor/leaflet.js", "/vendor/uPlot.iife.min.js", "/vendor/countries-50m.json",
        "/vendor/admin1-labels.json", "/vendor/leaflet.markercluster.js", "/js/app.js", "/app.css"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).isNotEmpty();
    }
    assertThat(get("/js/app.js").headers().firstValue("Content-Type").map(v -> v.replace(" ", ""))).hasValue("text/javascript;charset=utf-8");
    assertThat(get("/js/..%2Fapp.css").statusCode()).isEqualTo(404);
    assertThat(get("/vendor/missing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void digestIsServedInThreeFormatsAndRejectsBadDates() throws Exception {
    HttpResponse<String> json = get("/api/digest?date=2025-03-08&region=SY");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"date\":\"2025-03-08\"").contains("\"region\":\"SY\"").contains("Claimed by Syrian Democratic Forces only.");
    HttpResponse<String> html = get("/api/digest?date=2025-03-08&format=html");
    assertThat(html.headers().firstValue("Content-Type").map(v -> v.replace(" ", ""))).hasValue("text/html;charset=utf-8");
    assertThat(html.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    assertThat(get("/api/digest?date=2025-03-08&format=md").body()).startsWith("# Daily sitrep \u2014 2025-03-08\n");
    HttpResponse<String> bad = get("/api/digest?date=yesterday");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("date must be an ISO date");
  }
}
