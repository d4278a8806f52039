package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.export.EventJson;
import org.sitrep.model.EventRecord;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventStore;
import org.sitrep.store.Json;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep query}: linked events matching filters, as a table or JSONL. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Find stored events.")
final class QueryCommand implements Callable<Integer> {
  enum Format { table, jsonl }

  @Mixin StoreOption store;
  @Mixin FilterOptions filters;

  @Option(names = "--page", defaultValue = "1") int page;
  @Option(names = "--size", defaultValue = "50") int size;
  @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE})")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EventPage result;
    try (EventStore eventStore = store.open()) {
      result = eventStore.query(filters.query(page, size));
    }
    if (format == Format.jsonl) {
      result.items().forEach(e -> out.println(Json.write(EventJson.item(e))));
      return 0;
    }
    out.printf(Locale.ROOT, "%-22s %-10s %-34s %-28s %-28s %-18s %5s %-9s %s%n", "id", "date", "type / subtype",
        "actor1", "actor2", "place", "fatal", "status", "sources");
    for (StoredEvent e : result.items()) {
      EventRecord r = e.event();
      out.printf(Locale.ROOT, "%-22s %-10s %-34s %-28s %-28s %-18s %5s %-9s %d (%d independent)%n", r.id(),
          r.date() == null || r.date().start() == null ? "?" : r.date().start(),
          cut(r.type() + " / " + r.subtype(), 34), cut(r.actor1() == null ? "-" : r.actor1().name(), 28),
          cut(r.actor2() == null ? "-" : r.actor2().name(), 28), cut(r.location() == null ? "-" : r.location().name(), 18),
          r.fatalities() == null ? "-" : r.fatalities().toString(), r.status(), e.sources(), e.independentSources());
    }
    out.printf(Locale.ROOT, "%d of %d events (page %d, size %d)%n", result.items().size(), result.total(), page, size);
    return 0;
  }

  private static String cut(String s, int width) {
    String v = s == null ? "-" : s;
    return v.length() <= width ? v : v.substring(0, width - 1) + "…";
  }
}
