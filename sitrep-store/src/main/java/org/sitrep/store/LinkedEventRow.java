package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.link.LinkedEvent;
import org.sitrep.model.Actor;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;

/** Writes a linked event's merged view into its {@code linked_events} row (insert or update). */
final class LinkedEventRow {
  private static final String COLUMNS = "type, subtype, status, date_start, date_end, lat, lon, cell,"
      + " place_key, admin1_key, country, actor1_key, actor2_key, fatalities, sources,"
      + " independent_sources, outlets, merged, search_text";

  private LinkedEventRow() {}

  static void insert(Connection c, LinkedEvent linked) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO linked_events (" + COLUMNS
        + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(ps, linked);
      ps.executeUpdate();
    }
  }

  static void update(Connection c, LinkedEvent linked) throws SQLException {
    String set = Stream.of(COLUMNS.split(",")).map(col -> col.strip() + " = ?").collect(Collectors.joining(", "));
    try (PreparedStatement ps = c.prepareStatement("UPDATE linked_events SET " + set + " WHERE id = ?")) {
      bind(ps, linked);
      if (ps.executeUpdate() != 1) {
        throw new SQLException("linked event " + linked.id() + " vanished during update");
      }
    }
  }

  private static void bind(PreparedStatement ps, LinkedEvent linked) throws SQLException {
    EventRecord e = linked.event();
    Location loc = e.location();
    int i = 1;
    ps.setString(i++, e.type());
    ps.setString(i++, e.subtype());
    ps.setString(i++, e.status());
    ps.setString(i++, e.date() == null ? null : e.date().start());
    ps.setString(i++, e.date() == null ? null : e.date().end());
    setDouble(ps, i++, loc == null ? null : loc.lat());
    setDouble(ps, i++, loc == null ? null : loc.lon());
    Integer cell = loc == null ? null : GeoCell.of(loc.lat(), loc.lon());
    if (cell == null) {
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, cell);
    }
    ps.setString(i++, loc == null ? null : QuerySql.key(loc.name()));
    ps.setString(i++, loc == null ? null : QuerySql.key(loc.admin1()));
    ps.setString(i++, loc == null || loc.country() == null ? null : loc.country().toUpperCase(java.util.Locale.ROOT));
    ps.setString(i++, e.actor1() == null ? null : QuerySql.key(e.actor1().name()));
    ps.setString(i++, e.actor2() == null ? null : QuerySql.key(e.actor2().name()));
    if (e.fatalities() == null) {
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, e.fatalities());
    }
    ps.setInt(i++, linked.reports().size());
    ps.setInt(i++, linked.independentSources());
    ps.setString(i++, Json.write(outlets(linked.reports())));
    ps.setString(i++, Json.write(e));
    ps.setString(i++, searchText(linked));
    ps.setString(i, linked.id());
  }

  static List<String> outlets(List<EventRecord> reports) {
    Set<String> outlets = new LinkedHashSet<>();
    for (EventRecord r : reports) {
      if (r.doc() != null) {
        outlets.add(r.doc().outlet() != null ? r.doc().outlet() : r.doc().id());
      }
    }
    return List.copyOf(outlets);
  }

  private static String searchText(LinkedEvent linked) {
    EventRecord e = linked.event();
    Set<String> parts = new LinkedHashSet<>();
    parts.add(e.type());
    parts.add(e.subtype());
    for (Actor a : new Actor[] {e.actor1(), e.actor2()}) {
      if (a != null) {
        parts.add(a.name());
      }
    }
    if (e.location() != null) {
      parts.add(e.location().name());
      parts.add(e.location().admin1());
    }
    for (EventRecord r : linked.reports()) {
      if (r.doc() != null) {
        parts.add(r.doc().title());
        parts.add(r.doc().outlet());
      }
      r.evidence().stream().map(Evidence::text).forEach(parts::add);
    }
    parts.remove(null);
    return String.join("\n", parts);
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }
}
