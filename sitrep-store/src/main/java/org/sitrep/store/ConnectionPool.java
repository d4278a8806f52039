package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * A fixed number of JDBC connections, opened on demand and reused. A lease is used by one thread
 * at a time and returned by closing it; a connection left mid-transaction is rolled back first.
 */
final class ConnectionPool implements AutoCloseable {
  /** Opens one connection; configured per dialect. */
  interface Opener {
    Connection open() throws SQLException;
  }

  private final Opener opener;
  private final Semaphore permits;
  private final BlockingQueue<Connection> idle;

  ConnectionPool(Opener opener, int size) {
    this.opener = opener;
    this.permits = new Semaphore(size, true);
    this.idle = new ArrayBlockingQueue<>(size);
  }

  Lease take() throws SQLException {
    permits.acquireUninterruptibly();
    try {
      Connection c = idle.poll();
      return new Lease(c != null ? c : opener.open());
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  @Override
  public void close() {
    Connection c;
    while ((c = idle.poll()) != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing at shutdown: nothing left to protect
      }
    }
  }

  /** One borrowed connection. */
  final class Lease implements AutoCloseable {
    private final Connection connection;

    private Lease(Connection connection) {
      this.connection = connection;
    }

    Connection connection() {
      return connection;
    }

    @Override
    public void close() {
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
        if (!idle.offer(connection)) {
          connection.close();
        }
      } catch (SQLException e) {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // a broken connection is dropped; the next take opens a fresh one
        }
      } finally {
        permits.release();
      }
    }
  }
}
