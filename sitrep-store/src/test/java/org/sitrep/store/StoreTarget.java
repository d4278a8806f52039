package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty database for one test: a new SQLite file, or a new schema in the PostgreSQL
 * database named by {@code SITREP_TEST_PG_URL} (set by scripts/ci/10-postgres.sh), dropped on close.
 */
public final class StoreTarget implements AutoCloseable {
  public static final String PG_URL_VARIABLE = "SITREP_TEST_PG_URL";

  private final Dialect dialect;
  private final String dbOption;
  private final Runnable cleanup;

  private StoreTarget(Dialect dialect, String dbOption, Runnable cleanup) {
    this.dialect = dialect;
    this.dbOption = dbOption;
    this.cleanup = cleanup;
  }

  /** The dialects under test: both, always; a missing PostgreSQL fails the PostgreSQL tests. */
  public static List<Dialect> dialects() {
    return List.of(Dialect.SQLITE, Dialect.POSTGRESQL);
  }

  public static StoreTarget create(Dialect dialect, Path tempDir) {
    return switch (dialect) {
      case SQLITE -> new StoreTarget(dialect, tempDir.resolve("sitrep-" + UUID.randomUUID() + ".db").toString(), () -> {});
      case POSTGRESQL -> postgres();
    };
  }

  private static StoreTarget postgres() {
    String base = System.getenv(PG_URL_VARIABLE);
    if (base == null || base.isBlank()) {
      throw new IllegalStateException(PG_URL_VARIABLE + " is not set: run `source scripts/ci/10-postgres.sh` first");
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new StoreTarget(Dialect.POSTGRESQL, url, () -> {
      try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test schema " + schema, e);
      }
    });
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The --db value that opens this database. */
  public String dbOption() {
    return dbOption;
  }

  public boolean isFile() {
    return dialect == Dialect.SQLITE && Files.exists(Path.of(dbOption));
  }

  @Override
  public void close() {
    cleanup.run();
  }

  @Override
  public String toString() {
    return dialect.name().toLowerCase(Locale.ROOT);
  }
}
