package org.sitrep.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/**
 * The event store in shared SQL; subclasses supply what differs per dialect (connections, the
 * full-text condition, cross-process write locking, unique-violation codes). Thread-safe: reads
 * use pooled connections; writes are serialised in this process and, per dialect, across processes.
 */
abstract class JdbcEventStore implements EventStore {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final String SUMMARY_COLUMNS = "merged, sources, independent_sources, outlets";

  private final ConnectionPool pool;
  private final RecordWriter writer;
  private final Object writeLock = new Object();

  JdbcEventStore(ConnectionPool pool, Clock clock) {
    this.pool = pool;
    this.writer = new RecordWriter(clock);
  }

  /** Takes the database-wide write lock inside the current transaction (or begins one that does). */
  abstract void lockForWrite(Connection c) throws SQLException;

  abstract QuerySql.TextMatch textMatch();

  abstract boolean isUniqueViolation(SQLException e);

  /** Reads of unbounded size need a transaction in some dialects to stream with a cursor. */
  abstract boolean streamInTransaction();

  @Override
  public Optional<String> findDocument(String contentHash, String url) {
    String sql = url == null
        ? "SELECT id FROM documents WHERE content_hash = ?"
        : "SELECT id FROM documents WHERE content_hash = ? OR url = ?";
    return read("looking up a document", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, contentHash);
        if (url != null) {
          ps.setString(2, url);
        }
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  @Override
  public boolean documentIdTaken(String id) {
    return read("looking up document " + id, c -> document(c, id).isPresent());
  }

  @Override
  public AddResult add(StoredDocument document, List<EventRecord> events) {
    return write("storing document " + document.document().id() + " (" + document.origin() + ")",
        c -> writer.add(c, document, events));
  }

  @Override
  public List<String> unlink(String linkedId, List<String> reportIds, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an unlink needs a reason");
    }
    return write("unlinking " + linkedId, c -> writer.unlink(c, linkedId, reportIds, reason));
  }

  @Override
  public EventPage query(EventQuery q) {
    QuerySql where = QuerySql.of(q, textMatch());
    return read("querying events", c -> {
      long total;
      try (PreparedStatement ps = prepare(c, "SELECT count(*) FROM linked_events" + where.where(), where.params())) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<StoredEvent> items = new ArrayList<>();
      List<Object> params = new ArrayList<>(where.params());
      params.add(q.size());
      params.add((long) (q.page() - 1) * q.size());
      try (PreparedStatement ps = prepare(c, "SELECT " + SUMMARY_COLUMNS + " FROM linked_events"
          + where.where() + QuerySql.ORDER + " LIMIT ? OFFSET ?", params)) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            items.add(summary(rs));
          }
        }
      }
      return new EventPage(total, q.page(), q.size(), items);
    });
  }

  @Override
  public void forEach(EventQuery q, Consumer<StoredEvent> sink) {
    QuerySql where = QuerySql.of(q, textMatch());
    read("exporting events", c -> {
      boolean tx = streamInTransaction();
      if (tx) {
        c.setAutoCommit(false);
      }
      try (PreparedStatement ps = prepare(c, "SELECT " + SUMMARY_COLUMNS + " FROM linked_events"
          + where.where() + QuerySql.ORDER, where.params())) {
        ps.setFetchSize(500);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sink.accept(summary(rs));
          }
        }
      }
      if (tx) {
        c.commit();
      }
      return null;
    });
  }

  @Override
  public Optional<EventDetail> event(String linkedId) {
    return read("reading event " + linkedId, c -> {
      StoredEvent summary;
      try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM linked_events WHERE id = ?")) {
        ps.setString(1, linkedId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.<EventDetail>empty();
          }
          summary = summary(rs);
        }
      }
      List<SourceReport> reports = RecordWriter.reportsOf(c, linkedId).stream()
          .map(r -> new SourceReport(r.doc(), r)).toList();
      List<LinkDecision> history = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT at, action, reason, report_ids FROM link_decisions"
          + " WHERE linked_id = ? ORDER BY seq")) {
        ps.setString(1, linkedId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            history.add(new LinkDecision(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                strings(rs.getString(4))));
          }
        }
      }
      return Optional.of(new EventDetail(summary, reports, history));
    });
  }

  @Override
  public Optional<Document> document(String id) {
    return read("reading document " + id, c -> document(c, id));
  }

  private static Optional<Document> document(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, published, title, url, outlet, body FROM documents WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String published = rs.getString(2);
        return Optional.of(new Document(rs.getString(1), published == null ? null : LocalDate.parse(published),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
      }
    }
  }

  @Override
  public List<DailyCount> daily(EventQuery q) {
    QuerySql where = QuerySql.of(q, textMatch());
    String sql = "SELECT date_start, type, count(*), sum(coalesce(fatalities, 0)) FROM linked_events"
        + (where.where().isEmpty() ? " WHERE " : where.where() + " AND ") + "date_start IS NOT NULL"
        + " GROUP BY date_start, type ORDER BY date_start, type";
    return read("counting events per day", c -> {
      List<DailyCount> days = new ArrayList<>();
      try (PreparedStatement ps = prepare(c, sql, where.params()); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          days.add(new DailyCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
        }
      }
      return days;
    });
  }

  @Override
  public StoreCounts counts() {
    return read("counting the record", c -> new StoreCounts(count(c, "documents"), count(c, "reports"),
        count(c, "linked_events")));
  }

  @Override
  public void close() {
    pool.close();
  }

  private static long count(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static StoredEvent summary(ResultSet rs) throws SQLException {
    return new StoredEvent(Json.readEvent(rs.getString(1)), rs.getInt(2), rs.getInt(3), strings(rs.getString(4)));
  }

  private static List<String> strings(String json) {
    try {
      return Json.MAPPER.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored JSON is not a list of strings", e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
    return ps;
  }

  /** Work on one connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String doing, Work<T> work) {
    try (ConnectionPool.Lease lease = pool.take()) {
      return work.run(lease.connection());
    } catch (SQLException e) {
      throw new StoreException(doing, e);
    }
  }

  private <T> T write(String doing, Work<T> work) {
    synchronized (writeLock) {
      try (ConnectionPool.Lease lease = pool.take()) {
        Connection c = lease.connection();
        c.setAutoCommit(false);
        try {
          lockForWrite(c);
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      } catch (SQLException e) {
        if (isUniqueViolation(e)) {
          throw new DuplicateDocumentException(doing + ": already stored", e);
        }
        throw new StoreException(doing, e);
      }
    }
  }
}
