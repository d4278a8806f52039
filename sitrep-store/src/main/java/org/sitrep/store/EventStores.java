package org.sitrep.store;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Opens the event store at a location, bringing its schema up to date with Flyway first. */
public final class EventStores {
  private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

  private EventStores() {}

  public static EventStore open(String dbOption, Clock clock) {
    return open(DatabaseLocation.parse(dbOption), clock);
  }

  public static EventStore open(DatabaseLocation location, Clock clock) {
    migrate(location);
    return switch (location.dialect()) {
      case SQLITE -> new SqliteEventStore(location.jdbcUrl(), clock);
      case POSTGRESQL -> new PostgresEventStore(location.jdbcUrl(), clock);
    };
  }

  private static void migrate(DatabaseLocation location) {
    var config = Flyway.configure()
        .dataSource(location.jdbcUrl(), null, null)
        .locations("classpath:" + location.dialect().migrations())
        .failOnMissingLocations(true)
        .loggers("slf4j");
    Matcher schema = CURRENT_SCHEMA.matcher(location.jdbcUrl());
    if (location.dialect() == Dialect.POSTGRESQL && schema.find()) {
      config.schemas(schema.group(1)).createSchemas(true);
    }
    try {
      config.load().migrate();
    } catch (FlywayException e) {
      throw new IllegalStateException("cannot prepare the database " + location.display() + ": " + e.getMessage(), e);
    }
  }
}
