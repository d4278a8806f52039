package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.sitrep.link.GeoPrecision;
import org.sitrep.link.LinkMerger;
import org.sitrep.link.LinkedEvent;
import org.sitrep.link.SameEventRule;
import org.sitrep.model.DocRef;
import org.sitrep.model.EventRecord;
import org.sitrep.text.Document;

/**
 * The write path: stores a document with its reports and links each report, all inside the
 * caller's transaction. Report ids derive from the document's content hash and the report's
 * position, so a rerun produces the same ids. Not thread-safe: the store serialises writers.
 */
final class RecordWriter {
  private final Clock clock;
  private final SameEventRule rule = new SameEventRule();
  private final LinkMerger merger = new LinkMerger();

  RecordWriter(Clock clock) {
    this.clock = clock;
  }

  AddResult add(Connection c, StoredDocument stored, List<EventRecord> events) throws SQLException {
    Document d = stored.document();
    insertDocument(c, stored);
    DocRef ref = new DocRef(d.id(), d.published() == null ? null : d.published().toString(), d.title(), d.url(), d.outlet());
    int linkedCount = 0;
    for (int ordinal = 0; ordinal < events.size(); ordinal++) {
      String reportId = reportId(stored.contentHash(), ordinal);
      EventRecord report = asReport(events.get(ordinal), reportId, ref);
      Optional<Candidate> match = findMatch(c, report, d.id());
      if (match.isPresent()) {
        insertReport(c, reportId, d.id(), ordinal, match.get().linkedId(), report);
        List<EventRecord> reports = reportsOf(c, match.get().linkedId());
        LinkedEventRow.update(c, merger.merge(match.get().linkedId(), reports));
        List<String> ids = new ArrayList<>(reports.stream().map(EventRecord::id).filter(id -> !id.equals(reportId)).toList());
        ids.add(0, reportId);
        recordDecision(c, match.get().linkedId(), "link", match.get().reason(), ids);
        linkedCount++;
      } else {
        String linkedId = freshLinkedId(c, reportId);
        LinkedEventRow.insert(c, merger.merge(linkedId, List.of(report)));
        insertReport(c, reportId, d.id(), ordinal, linkedId, report);
      }
    }
    return new AddResult(d.id(), events.size(), linkedCount);
  }

  /** Moves reports out of a linked event, each into its own; returns the new linked ids. */
  List<String> unlink(Connection c, String linkedId, List<String> requested, String reason) throws SQLException {
    List<EventRecord> reports = reportsOf(c, linkedId);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("no linked event " + linkedId);
    }
    List<String> all = reports.stream().map(EventRecord::id).toList();
    for (String id : requested) {
      if (!all.contains(id)) {
        throw new IllegalArgumentException("report " + id + " is not part of " + linkedId + " (its reports: " + all + ")");
      }
    }
    List<String> moving = new ArrayList<>(requested.isEmpty() ? all : requested);
    List<EventRecord> staying = reports.stream().filter(r -> !moving.contains(r.id())).toList();
    if (staying.isEmpty()) {
      staying = List.of(reports.get(0));
      moving.remove(reports.get(0).id());
    }
    if (moving.isEmpty()) {
      throw new IllegalArgumentException(linkedId + " has a single report: nothing to unlink");
    }
    List<String> made = new ArrayList<>();
    for (String reportId : moving) {
      EventRecord report = reports.stream().filter(r -> r.id().equals(reportId)).findFirst().orElseThrow();
      String newId = freshLinkedId(c, reportId);
      LinkedEventRow.insert(c, merger.merge(newId, List.of(report)));
      try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET linked_id = ? WHERE id = ?")) {
        ps.setString(1, newId);
        ps.setString(2, reportId);
        ps.executeUpdate();
      }
      recordDecision(c, newId, "unlink", "split from " + linkedId + ": " + reason, List.of(reportId));
      made.add(newId);
    }
    LinkedEventRow.update(c, merger.merge(linkedId, staying));
    recordDecision(c, linkedId, "unlink", reason, moving);
    return made;
  }

  private static EventRecord asReport(EventRecord e, String reportId, DocRef ref) {
    return new EventRecord(reportId, ref, e.type(), e.subtype(), e.modality(), e.actor1(), e.actor2(),
        e.location(), e.date(), e.fatalities(), e.counts(), e.attribution(), e.status(), e.evidence());
  }

  private record Candidate(String linkedId, String reason) {}

  private Optional<Candidate> findMatch(Connection c, EventRecord report, String documentId) throws SQLException {
    if (report.date() == null || report.date().start() == null || report.date().end() == null
        || report.location() == null) {
      return Optional.empty();
    }
    LocalDate start = LocalDate.parse(report.date().start());
    LocalDate end = LocalDate.parse(report.date().end());
    StringBuilder sql = new StringBuilder("SELECT id, merged FROM linked_events le"
        + " WHERE type = ? AND date_start BETWEEN ? AND ? AND date_end >= ?");
    List<Object> params = new ArrayList<>(List.of(report.type(),
        start.minusDays(SameEventRule.DATE_SLACK_DAYS + SameEventRule.MAX_SPAN_DAYS).toString(),
        end.plusDays(SameEventRule.DATE_SLACK_DAYS).toString(),
        start.minusDays(SameEventRule.DATE_SLACK_DAYS).toString()));
    GeoPrecision precision = GeoPrecision.of(report.location().precision());
    Double lat = report.location().lat();
    Double lon = report.location().lon();
    // Within a district's radius a match lies in the report's 1-degree cell or a neighbour
    // (below 60 degrees of latitude, where a degree of longitude is over 50 km).
    if (lat != null && lon != null && precision.ordinal() <= GeoPrecision.DISTRICT.ordinal() && Math.abs(lat) < 60) {
      int[] cells = GeoCell.around(lat, lon);
      sql.append(" AND cell IN (").append("?, ".repeat(cells.length - 1)).append("?)");
      for (int cell : cells) {
        params.add(cell);
      }
    }
    sql.append(" AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.linked_id = le.id AND r.document_id = ?)"
        + " ORDER BY seq LIMIT 500");
    params.add(documentId);
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Optional<String> reason = rule.sameEvent(Json.readEvent(rs.getString(2)), report);
          if (reason.isPresent()) {
            return Optional.of(new Candidate(rs.getString(1), reason.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private void insertDocument(Connection c, StoredDocument stored) throws SQLException {
    Document d = stored.document();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, content_hash, url,"
        + " published, title, outlet, body, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, d.id());
      ps.setString(2, stored.contentHash());
      ps.setString(3, d.url());
      ps.setString(4, d.published() == null ? null : d.published().toString());
      ps.setString(5, d.title());
      ps.setString(6, d.outlet());
      ps.setString(7, d.text());
      ps.setString(8, stored.origin());
      ps.setString(9, clock.instant().toString());
      ps.executeUpdate();
    }
  }

  private static void insertReport(Connection c, String id, String documentId, int ordinal, String linkedId,
      EventRecord report) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO reports (id, document_id, ordinal,"
        + " linked_id, record) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, documentId);
      ps.setInt(3, ordinal);
      ps.setString(4, linkedId);
      ps.setString(5, Json.write(report));
      ps.executeUpdate();
    }
  }

  static List<EventRecord> reportsOf(Connection c, String linkedId) throws SQLException {
    List<EventRecord> reports = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT record FROM reports WHERE linked_id = ? ORDER BY id")) {
      ps.setString(1, linkedId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reports.add(Json.readEvent(rs.getString(1)));
        }
      }
    }
    return reports;
  }

  private void recordDecision(Connection c, String linkedId, String action, String reason, List<String> reportIds)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_decisions (linked_id, at, action,"
        + " reason, report_ids) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, linkedId);
      ps.setString(2, clock.instant().toString());
      ps.setString(3, action);
      ps.setString(4, reason);
      ps.setString(5, Json.write(reportIds));
      ps.executeUpdate();
    }
  }

  private static String freshLinkedId(Connection c, String reportId) throws SQLException {
    String base = "ev-" + reportId.substring(2);
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM linked_events WHERE id = ?")) {
      for (int n = 1; ; n++) {
        String candidate = n == 1 ? base : base + "-" + n;
        ps.setString(1, candidate);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return candidate;
          }
        }
      }
    }
  }

  static String reportId(String contentHash, int ordinal) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((contentHash + ":" + ordinal).getBytes(StandardCharsets.UTF_8));
      return "r-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
