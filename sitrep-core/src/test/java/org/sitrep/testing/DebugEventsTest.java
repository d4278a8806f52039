package org.sitrep.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.SitrepPipeline;
import org.sitrep.text.Document;

/** Developer aid: prints the event mentions before merging; runs only when -Ddbg.events is given. */
class DebugEventsTest {
  @Test
  void print() throws Exception {
    String file = System.getProperty("dbg.events");
    if (file == null) return;
    String text = Files.readString(Path.of(file).toAbsolutePath());
    LocalDate pub = LocalDate.parse(System.getProperty("dbg.published", "2017-06-18"));
    var a = SitrepPipeline.createDefault().analyse(Document.of("d", pub, text));
    for (var m : a.mentions()) {
      System.out.println("[" + m.segment() + "/" + m.sentence() + "] " + m.type() + " w" + m.weight() + (m.anaphoric() ? " ana" : "")
          + " a1=" + (m.actor1() == null ? null : m.actor1().name()) + " a2=" + (m.actor2() == null ? null : m.actor2().name())
          + " place=" + (m.place() == null ? null : m.place().text()) + " ctx=" + (m.contextPlace() == null ? null : m.contextPlace().text())
          + " date=" + m.date() + " ctxDate=" + m.contextDate() + " mod=" + m.modality()
          + "\n      counts=" + m.counts() + " attr=" + m.attributions() + " names=" + m.names() + " partisan=" + m.partisanOnly());
    }
  }
}
