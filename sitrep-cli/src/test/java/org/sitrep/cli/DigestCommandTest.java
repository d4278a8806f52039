package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Count;
import org.sitrep.model.EventRecord;
import org.sitrep.server.web.SampleCorpus;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.SourceReport;

/**
 * {@code sitrep digest} over a real SQLite file holding the sample corpus with its reference
 * events: the output, and that every figure it states traces to the stored events it cites.
 */
class DigestCommandTest {
  private static final Pattern CITED_DOC = Pattern.compile("`([^`]+)`");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])\\d+(?![\\w-])");
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void storeSamples() {
    db = dir.resolve("sitrep.db");
    try (EventStore store = open()) {
      assertThat(new SampleCorpus(Path.of("..", "samples")).storeReference(store)).isEqualTo(10);
      assertThat(new SampleCorpus(Path.of("..", "samples")).storeReference(store)).as("idempotent").isZero();
    }
  }

  private static EventStore open() {
    return EventStores.open(db.toString(), Clock.fixed(Instant.parse("2025-03-10T06:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void everyFigureInTheDigestTracesToTheStoredEventsItCites() throws Exception {
    for (String day : List.of("2025-03-07", "2025-03-08", "2025-03-09")) {
      Path out = dir.resolve("digest-" + day + ".md");
      CliRun run = CliRun.of("digest", "--date", day, "--db", db.toString(), "--format", "md", "-o", out.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      String md = Files.readString(out);
      try (EventStore store = open()) {
        List<EventDetail> all = new ArrayList<>();
        LocalDate d = LocalDate.parse(day);
        store.forEach(new EventQuery(d, d, null, null, null, null, null, null, null, 1, EventQuery.MAX_SIZE),
            e -> all.add(store.event(e.event().id()).orElseThrow()));
        int killed = all.stream().map(e -> e.summary().event().fatalities()).filter(Objects::nonNull)
            .mapToInt(Integer::intValue).sum();
        assertThat(md).contains(all.size() + " event" + (all.size() == 1 ? "" : "s") + " recorded, " + killed + " reported killed");
        for (String line : md.split("\n")) {
          if (!line.startsWith("- ") || !line.contains("\u2014 [")) {
            continue;
          }
          Set<Long> allowed = new HashSet<>(Set.of(0L));
          int citedEvents = 0;
          Matcher cited = CITED_DOC.matcher(line);
          while (cited.find()) {
            String doc = cited.group(1);
            for (EventDetail e : all) {
              if (e.reports().stream().anyMatch(r -> r.doc().id().equals(doc))) {
                allowed.addAll(figures(e));
                citedEvents++;
              }
            }
          }
          assertThat(citedEvents).as("cites no stored event: %s", line).isPositive();
          Matcher n = NUMBER.matcher(line.replaceAll("`[^`]*`", "").replaceAll("\\d{4}-\\d{2}-\\d{2}", ""));
          while (n.find()) {
            assertThat(allowed).as("figure %s in: %s", n.group(), line).contains(Long.parseLong(n.group()));
          }
        }
      }
    }
  }

  private static Set<Long> figures(EventDetail e) {
    Set<Long> out = new HashSet<>();
    List<EventRecord> records = new ArrayList<>(e.reports().stream().map(SourceReport::event).toList());
    records.add(e.summary().event());
    for (EventRecord r : records) {
      if (r.fatalities() != null) {
        out.add(r.fatalities().longValue());
      }
      out.add(r.counts().wounded().stream().mapToLong(Count::n).sum());
      out.add(r.counts().captured().stream().mapToLong(Count::n).sum());
      out.add(r.counts().affected().stream().mapToLong(Count::n).sum());
    }
    return out;
  }

  @Test
  void writesHtmlForARegionToStandardOutput() {
    CliRun run = CliRun.of("digest", "--date", "2025-03-08", "--region", "North Darfur", "--format", "html", "--db", db.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("<!DOCTYPE html>")
        .contains("<h1>Daily sitrep \u2014 2025-03-08 \u2014 North Darfur</h1>")
        .contains("2 events recorded, 11 reported killed (1 violent event without a death toll)")
        .contains("Claimed by Rapid Support Forces only.");
  }

  @Test
  void aBadDateIsAOneLineError() {
    CliRun run = CliRun.of("digest", "--date", "8 March", "--db", db.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.errLines()).isNotEmpty().allMatch(l -> !l.startsWith("\tat "));
    assertThat(run.err()).contains("--date");
  }
}
