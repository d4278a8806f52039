package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ContentHash;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoredDocument;
import org.sitrep.store.TestEvents;
import org.sitrep.text.Document;

/** query, export and unlink through the command line over a real SQLite file. */
class StoreCommandsTest {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run sitrep(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void queryExportAndUnlink() throws Exception {
    String db = tmp.resolve("cli.db").toString();
    String linkedId;
    try (EventStore store = EventStores.open(db, Clock.systemUTC())) {
      String s = "Clashes in Raqqa killed 12.";
      var raqqa = TestEvents.town("Raqqa", 35.95283, 39.00788);
      for (String outlet : List.of("Outlet A", "Outlet B")) {
        Document d = new Document(outlet, LocalDate.parse("2017-06-18"), null, null, outlet, s + " " + outlet);
        store.add(new StoredDocument(d, ContentHash.of(d.text()), "test"), List.of(TestEvents.event(d, s, "Battles",
            "Armed clash", TestEvents.SDF, TestEvents.IS, raqqa, "2017-06-17", 12, null, "reported")));
      }
      linkedId = store.query(org.sitrep.store.EventQuery.all()).items().get(0).event().id();
    }

    Run table = sitrep("query", "--db", db, "--type", "Battles", "--from", "2017-06-01");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out()).contains(linkedId, "Battles / Armed clash", "2 (2 independent)", "1 of 1 events");

    Run jsonl = sitrep("query", "--db", db, "--format", "jsonl", "-q", "clashes");
    assertThat(jsonl.out().strip().split("\n")).hasSize(1);
    assertThat(jsonl.out()).contains("\"independent_sources\":2");

    Path csv = tmp.resolve("out.csv");
    Run export = sitrep("export", "--db", db, "--format", "csv", "-o", csv.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(Files.readAllLines(csv)).hasSize(2).first().asString().startsWith("event_id_cnty,event_date,year");

    Run badFormat = sitrep("export", "--db", db, "--format", "xlsx");
    assertThat(badFormat.exit()).isEqualTo(2);
    assertThat(badFormat.err()).contains("format must be one of csv, geojson, jsonl");

    Run unlink = sitrep("unlink", "--db", db, linkedId, "--reason", "two different clashes");
    assertThat(unlink.exit()).as(unlink.err()).isZero();
    assertThat(unlink.out().strip().split("\n")).hasSize(1);
    assertThat(sitrep("query", "--db", db).out()).contains("2 of 2 events");

    Run noReason = sitrep("unlink", "--db", db, linkedId);
    assertThat(noReason.exit()).isEqualTo(2);
  }
}
