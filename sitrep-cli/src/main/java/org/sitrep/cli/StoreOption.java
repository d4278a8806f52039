package org.sitrep.cli;

import java.time.Clock;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Option;

/** {@code --db}: an SQLite file path (default sitrep.db) or a postgresql:// URL. */
final class StoreOption {
  @Option(names = "--db", defaultValue = "sitrep.db", paramLabel = "DB",
      description = "SQLite file or postgresql://user:pw@host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  EventStore open() {
    return EventStores.open(db, Clock.systemUTC());
  }
}
