package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

/**
 * The store on a PostgreSQL server. Writers in every process are serialised by a transaction-level
 * advisory lock, so linking decisions never race; readers are not blocked.
 */
final class PostgresEventStore extends JdbcEventStore {
  /** Advisory lock key of Sitrep's write path ("SITREP" in ASCII). */
  private static final long WRITE_LOCK_KEY = 0x534954524550L;

  private static final QuerySql.TextMatch FULL_TEXT = new QuerySql.TextMatch() {
    @Override
    public String condition() {
      return "search_vector @@ plainto_tsquery('simple', ?)";
    }

    @Override
    public String parameter(String words) {
      return words;
    }
  };

  PostgresEventStore(String jdbcUrl, Clock clock) {
    super(new ConnectionPool(() -> DriverManager.getConnection(jdbcUrl), 8), clock);
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  void lockForWrite(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")");
    }
  }

  @Override
  QuerySql.TextMatch textMatch() {
    return FULL_TEXT;
  }

  @Override
  boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  @Override
  boolean streamInTransaction() {
    return true;
  }
}
