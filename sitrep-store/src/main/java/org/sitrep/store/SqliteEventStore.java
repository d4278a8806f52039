package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one SQLite file in WAL mode. A committed transaction survives a killed
 * process ({@code synchronous=NORMAL} loses at most the last commits on power loss, never on a
 * process crash). Writers across processes are serialised by {@code BEGIN IMMEDIATE}.
 */
final class SqliteEventStore extends JdbcEventStore {
  private static final QuerySql.TextMatch FTS5 = new QuerySql.TextMatch() {
    @Override
    public String condition() {
      return "seq IN (SELECT rowid FROM linked_events_fts WHERE linked_events_fts MATCH ?)";
    }

    /** Each word a quoted FTS5 string, all required: user input never reaches FTS5 syntax. */
    @Override
    public String parameter(String words) {
      return Arrays.stream(words.split("[^\\p{L}\\p{N}]+"))
          .filter(w -> !w.isEmpty())
          .map(w -> "\"" + w.toLowerCase(Locale.ROOT) + "\"")
          .collect(Collectors.joining(" "));
    }
  };

  SqliteEventStore(String jdbcUrl, Clock clock) {
    super(new ConnectionPool(() -> config().createConnection(jdbcUrl), 4), clock);
  }

  static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(60_000);
    config.enforceForeignKeys(true);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setCacheSize(-65_536);
    // Fewer, larger checkpoints: each one syncs the file, the costliest step of an ingest.
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "16384");
    config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(1L << 30));
    return config;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  void lockForWrite(Connection c) throws SQLException {
    // BEGIN IMMEDIATE (the transaction mode) takes the write lock; touch the database to begin.
    try (Statement s = c.createStatement()) {
      s.execute("SELECT 1 FROM documents LIMIT 0");
    }
  }

  @Override
  QuerySql.TextMatch textMatch() {
    return FTS5;
  }

  @Override
  boolean isUniqueViolation(SQLException e) {
    return e instanceof SQLiteException s
        && (s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
            || s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
  }

  @Override
  boolean streamInTransaction() {
    return false;
  }
}
