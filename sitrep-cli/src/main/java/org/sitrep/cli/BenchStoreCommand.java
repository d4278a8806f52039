package org.sitrep.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.model.EventType;
import org.sitrep.server.api.ApiServer;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-store}: a benchmark, not a test. Stores synthetic documents through the real
 * write path (one transaction per document, linking included) and reports documents/s and
 * events/s, then serves the store over loopback HTTP and reports p50/p99 latency of filtered
 * {@code /api/events} pages. Request loops are bounded and target 127.0.0.1 only.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = "Benchmark ingest throughput and API query latency over synthetic events.")
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--db", description = "store to fill (default: a new SQLite file in the temp folder)")
  String db;

  @Option(names = "--events", defaultValue = "1000000") long events;
  @Option(names = "--events-per-doc", defaultValue = "10") int eventsPerDoc;
  @Option(names = "--repeat-share", defaultValue = "0.2", description = "share of events repeating an earlier one")
  double repeatShare;
  @Option(names = "--queries", defaultValue = "300", description = "requests per query kind")
  int queries;
  @Option(names = "--skip-ingest", description = "only measure queries over an already filled --db")
  boolean skipIngest;
  @Option(names = "--seed", defaultValue = "42") long seed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String location = db != null ? db : Files.createTempDirectory("sitrep-bench").resolve("bench.db").toString();
    SyntheticReports synthetic = new SyntheticReports(seed, repeatShare);
    try (EventStore store = EventStores.open(location, java.time.Clock.systemUTC())) {
      if (!skipIngest) {
        ingest(store, synthetic, out, err);
      }
      StoreCounts counts = store.counts();
      out.printf(Locale.ROOT, "store %s (%s): %d documents, %d reports, %d linked events%n", location,
          store.dialect(), counts.documents(), counts.reports(), counts.linkedEvents());
      queries(store, synthetic, out);
    }
    return 0;
  }

  private void ingest(EventStore store, SyntheticReports synthetic, PrintWriter out, PrintWriter err) {
    long docs = Math.max(1, events / eventsPerDoc);
    long linked = 0;
    long start = System.nanoTime();
    for (long i = 0; i < docs; i++) {
      SyntheticReports.Batch batch = synthetic.next(eventsPerDoc);
      linked += store.add(batch.document(), batch.events()).eventsLinked();
      if ((i + 1) % 10_000 == 0) {
        double s = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "  %d documents, %.0f docs/s%n", i + 1, (i + 1) / s);
        err.flush();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "ingest: %d documents, %d events (%d linked) in %.1f s = %.0f documents/s, %.0f events/s%n",
        docs, docs * eventsPerDoc, linked, seconds, docs / seconds, docs * eventsPerDoc / seconds);
  }

  private void queries(EventStore store, SyntheticReports synthetic, PrintWriter out)
      throws IOException, InterruptedException {
    SplittableRandom random = new SplittableRandom(seed + 1);
    Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
    LocalDate first = LocalDate.of(2015, 1, 1);
    kinds.put("no filter, page 1", () -> "");
    kinds.put("type + 30-day range", () -> {
      LocalDate from = first.plusDays(random.nextInt(SyntheticReports.DAYS - 30));
      return "type=" + enc(EventType.values()[random.nextInt(EventType.values().length)].type()) + "&from=" + from
          + "&to=" + from.plusDays(30);
    });
    kinds.put("actor", () -> "actor=" + enc(synthetic.actors().get(random.nextInt(synthetic.actors().size())).name()));
    kinds.put("place", () -> "place=" + enc(synthetic.towns().get(random.nextInt(synthetic.towns().size())).name()));
    kinds.put("bbox 1x1 deg + year", () -> {
      double lon = 35 + random.nextDouble() * 12;
      double lat = 12 + random.nextDouble() * 25;
      int year = 2015 + random.nextInt(4);
      return String.format(Locale.ROOT, "bbox=%.3f,%.3f,%.3f,%.3f&from=%d-01-01&to=%d-12-31", lon, lat, lon + 1, lat + 1,
          year, year);
    });
    kinds.put("status + subtype", () -> "status=disputed&subtype="
        + enc(EventType.values()[random.nextInt(EventType.values().length)].subtype()));
    kinds.put("text q + 90-day range", () -> {
      LocalDate from = first.plusDays(random.nextInt(SyntheticReports.DAYS - 90));
      return "q=" + SyntheticReports.LANDMARKS[random.nextInt(SyntheticReports.LANDMARKS.length)] + "&from=" + from
          + "&to=" + from.plusDays(90);
    });
    kinds.put("page 20 of type", () -> "type=Battles&page=20&size=50");

    Javalin app = ApiServer.create(store).start("127.0.0.1", 0);
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + app.port() + "/api/events?";
      for (int i = 0; i < 200; i++) {
        get(http, base + kinds.values().stream().toList().get(i % kinds.size()).get());
      }
      List<Double> all = new ArrayList<>();
      out.println("API latency over loopback HTTP, " + queries + " requests per kind (ms):");
      for (Map.Entry<String, Supplier<String>> kind : kinds.entrySet()) {
        double[] ms = new double[queries];
        for (int i = 0; i < queries; i++) {
          String url = base + kind.getValue().get();
          long t0 = System.nanoTime();
          get(http, url);
          ms[i] = (System.nanoTime() - t0) / 1e6;
          all.add(ms[i]);
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "  %-24s p50 %7.2f  p99 %7.2f  max %7.2f%n", kind.getKey(), pct(ms, 50), pct(ms, 99),
            ms[ms.length - 1]);
      }
      double[] every = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      out.printf(Locale.ROOT, "  %-24s p50 %7.2f  p99 %7.2f%n", "all kinds", pct(every, 50), pct(every, 99));
    } finally {
      app.stop();
    }
  }

  private static void get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
    }
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
