package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.store.Dialect;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoreTarget;

/** Ingest end to end over real files into a real SQLite file and a real PostgreSQL server. */
class IngestServiceTest {
  @TempDir Path tmp;

  static List<Dialect> dialects() {
    return StoreTarget.dialects();
  }

  private Path mixedCorpus() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in/nested"));
    Files.writeString(dir.resolve("plain.txt"), "RAQQA, June 18 (Levant Wire). Fighting in Raqqa killed 7. Residents fled.");
    Files.writeString(tmp.resolve("in/docs.jsonl"),
        "{\"id\": \"wire-1\", \"published\": \"2017-06-18\", \"outlet\": \"Levant Wire\", \"text\": \"Fighting in Idlib killed 4.\"}\n"
            + "{\"id\": \"wire-2\", \"published\": \"2017-06-18\", \"outlet\": \"Gulf Daily\", \"text\": \"Officials said so. Fighting in Idlib killed 4.\"}\n");
    Files.writeString(tmp.resolve("in/page.html"), """
        <!doctype html><html><head><meta charset="utf-8"><title>Clashes | Daily Courier</title>
        <meta property="og:site_name" content="Daily Courier">
        <meta property="article:published_time" content="2017-06-18T09:30:00+03:00">
        <link rel="canonical" href="https://courier.example/2017/06/18/clashes"></head>
        <body><nav><p>Home | World | Fighting in Daraa killed 99.</p></nav>
        <article><h1>Clashes in the south</h1><p>Fighting in Daraa killed 5.</p><p>Aid groups warned of shortages.</p></article>
        <script>var x = "Fighting in Daraa killed 1000.";</script></body></html>""");
    Files.writeString(tmp.resolve("in/feed.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Frontline Monitor</title><link>https://monitor.example</link>
        <item><title>Deir ez-Zor</title><link>https://monitor.example/1</link><pubDate>Sun, 18 Jun 2017 07:00:00 GMT</pubDate>
        <description>&lt;p&gt;Fighting in Deir killed 12.&lt;/p&gt;</description></item>
        <item><title>Empty</title><link>https://monitor.example/2</link><description></description></item>
        </channel></rss>""");
    return tmp.resolve("in");
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void ingestingTwiceStoresNothingTwice(Dialect dialect) throws IOException {
    Path corpus = mixedCorpus();
    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), Clock.systemUTC())) {
      IngestService ingest = new IngestService(store, new SentenceEventsExtractor(), 1 << 20, 3);
      IngestReport first = ingest.ingest(List.of(corpus.toString()), IngestListener.NONE);
      assertThat(first.counts().read()).isEqualTo(5);
      assertThat(first.counts().stored()).isEqualTo(5);
      assertThat(first.skips()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("feed item has no text"));
      StoreCounts counts = store.counts();
      assertThat(counts).isEqualTo(new StoreCounts(5, 5, 4));

      IngestReport second = ingest.ingest(List.of(corpus.toString()), IngestListener.NONE);
      assertThat(second.counts().stored()).isZero();
      assertThat(second.counts().alreadyStored()).isEqualTo(5);
      assertThat(store.counts()).isEqualTo(counts);

      var idlib = store.query(new EventQuery(null, null, null, null, null, "Idlib", null, null, null, 1, 10));
      assertThat(idlib.items()).singleElement().satisfies(e -> {
        assertThat(e.sources()).isEqualTo(2);
        assertThat(e.independentSources()).isEqualTo(2);
      });
      var daraa = store.query(new EventQuery(null, null, null, null, null, "Daraa", null, null, null, 1, 10)).items();
      assertThat(daraa).singleElement().satisfies(e -> {
        assertThat(e.event().fatalities()).as("nav and script text are not the article").isEqualTo(5);
        assertThat(e.event().doc().outlet()).isEqualTo("Daily Courier");
        assertThat(e.event().doc().published()).isEqualTo("2017-06-18");
        assertThat(e.event().doc().url()).isEqualTo("https://courier.example/2017/06/18/clashes");
      });
    }
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void hostileInputIsSkippedWithAReasonAndTheBatchGoesOn(Dialect dialect) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bad"));
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    Files.write(dir.resolve("a-image.txt"), binary);
    try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("b-huge.txt").toFile(), "rw")) {
      huge.setLength(50L * 1024 * 1024);
    }
    Files.writeString(dir.resolve("c-broken.html"), "<html><body><p>Fighting in Raqqa killed 3.<div><p>unclosed <b>tags <i>everywhere");
    Files.write(dir.resolve("d-latin1.txt"), "Fighting in Daraa killed 2. Caf\u00e9 d\u00e9truit.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("e-feed.rss"), "this is not XML at all { ] >");
    Files.writeString(dir.resolve("f-docs.jsonl"), "{\"id\": \"ok\", \"text\": \"Fighting in Idlib killed 1.\"}\n"
        + "{not json\n" + "{\"id\": \"no-text\"}\n" + "{\"id\": \"bad-date\", \"published\": \"18/06/2017\", \"text\": \"x\"}\n");
    Files.writeString(dir.resolve("g-xxe.rss"), """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>t</title><item><title>&x;</title><description>&x;</description></item></channel></rss>""");
    Files.write(dir.resolve("h-archive.warc"), "WARC/1.0\r\nWARC-Type: garbage\r\n\r\n\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("i-good.txt"), "Fighting in Deir killed 8.");

    try (StoreTarget target = StoreTarget.create(dialect, tmp); EventStore store = EventStores.open(target.dbOption(), Clock.systemUTC())) {
      IngestReport report = new IngestService(store, new SentenceEventsExtractor(), 10L * 1024 * 1024)
          .ingest(List.of(dir.toString(), tmp.resolve("missing.txt").toString()), IngestListener.NONE);

      assertThat(report.skips()).extracting(s -> Path.of(s.origin().split("[: ]")[0]).getFileName().toString() + " -> " + s.reason())
          .anySatisfy(s -> assertThat(s).startsWith("a-image.txt -> looks binary"))
          .anySatisfy(s -> assertThat(s).startsWith("b-huge.txt -> file too large"))
          .anySatisfy(s -> assertThat(s).startsWith("d-latin1.txt -> is not valid UTF-8"))
          .anySatisfy(s -> assertThat(s).startsWith("e-feed.rss -> not an RSS/Atom feed"))
          .anySatisfy(s -> assertThat(s).startsWith("f-docs.jsonl -> malformed JSON"))
          .anySatisfy(s -> assertThat(s).startsWith("f-docs.jsonl -> missing \"text\""))
          .anySatisfy(s -> assertThat(s).startsWith("f-docs.jsonl -> \"published\" is '18/06/2017', expected an ISO date"))
          .anySatisfy(s -> assertThat(s).startsWith("g-xxe.rss -> not an RSS/Atom feed"))
          .anySatisfy(s -> assertThat(s).startsWith("h-archive.warc -> not a readable WARC file"))
          .anySatisfy(s -> assertThat(s).startsWith("missing.txt -> no such file or folder"));
      assertThat(report.counts().stored()).as("broken HTML, the good JSONL line and the good text").isEqualTo(3);
      assertThat(store.counts()).isEqualTo(new StoreCounts(3, 3, 3));
      assertThat(store.query(EventQuery.all()).items()).allSatisfy(e ->
          assertThat(e.event().evidence().get(0).text()).doesNotContain("passwd"));
    }
  }
}
