package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.store.Dialect;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoreTarget;

/**
 * Crash safety: a real ingest process is killed with SIGKILL mid-run; every document it committed
 * is whole (two events each), and a rerun completes the rest with no loss and no duplicates,
 * ending exactly where an uninterrupted ingest ends.
 */
class KillIngestTest {
  static final int DOCUMENTS = 120;
  static final String[] TOWNS = {"Raqqa", "Deir", "Idlib", "Daraa"};

  @TempDir Path tmp;

  static List<Dialect> dialects() {
    return StoreTarget.dialects();
  }

  @ParameterizedTest
  @MethodSource("dialects")
  void sigkillMidIngestLosesNothingAndRerunCompletes(Dialect dialect) throws Exception {
    Path corpus = corpus();
    try (StoreTarget killed = StoreTarget.create(dialect, tmp); StoreTarget reference = StoreTarget.create(dialect, tmp)) {
      Process ingest = start(killed.dbOption(), 10, corpus);
      awaitReady(ingest);
      try (EventStore store = EventStores.open(killed.dbOption(), Clock.systemUTC())) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (store.counts().documents() < 10 && ingest.isAlive() && Instant.now().isBefore(deadline)) {
          Thread.sleep(20);
        }
        assertThat(ingest.isAlive()).as("ingest still running when killed").isTrue();
        ingest.destroyForcibly(); // SIGKILL on Linux
        assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ingest.exitValue()).as("killed by signal 9").isEqualTo(137);

        StoreCounts afterKill = store.counts();
        assertThat(afterKill.documents()).isBetween(10L, DOCUMENTS - 1L);
        assertThat(afterKill.reports()).as("every committed document has all its events").isEqualTo(2 * afterKill.documents());
      }

      IngestReport rerun = ingestInProcess(killed.dbOption(), corpus);
      assertThat(rerun.skips()).isEmpty();
      assertThat(rerun.counts().alreadyStored()).as("the rerun skips what was committed").isPositive();
      ingestInProcess(reference.dbOption(), corpus);

      try (EventStore store = EventStores.open(killed.dbOption(), Clock.systemUTC());
          EventStore expected = EventStores.open(reference.dbOption(), Clock.systemUTC())) {
        assertThat(store.counts()).isEqualTo(new StoreCounts(DOCUMENTS, 2L * DOCUMENTS, expected.counts().linkedEvents()));
        assertThat(expected.counts().documents()).isEqualTo(DOCUMENTS);
      }
    }
  }

  private Path corpus() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < DOCUMENTS; i++) {
      String text = String.format(Locale.ROOT, "Report %d. Fighting in %s killed %d. Fighting in %s killed %d.%n", i,
          TOWNS[i % 4], i % 17, TOWNS[(i / 4) % 4], i % 5);
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "report-%04d.jsonl", i)),
          "{\"id\": \"r" + i + "\", \"published\": \"2017-06-" + (10 + i % 9) + "\", \"outlet\": \"Outlet " + (i % 7)
              + "\", \"text\": \"" + text.strip() + "\"}\n");
    }
    return dir;
  }

  private static IngestReport ingestInProcess(String db, Path corpus) {
    try (EventStore store = EventStores.open(db, Clock.systemUTC())) {
      return new IngestService(store, new SentenceEventsExtractor(), 1 << 20).ingest(List.of(corpus.toString()),
          IngestListener.NONE);
    }
  }

  private static Process start(String db, int pauseMs, Path corpus) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), IngestProcessMain.class.getName(), db,
        Integer.toString(pauseMs), corpus.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(System.getenv());
    return pb.start();
  }

  private static void awaitReady(Process p) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.equals("ready")) {
        return;
      }
    }
    throw new IllegalStateException("ingest process ended before it was ready");
  }
}
