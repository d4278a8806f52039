package org.sitrep.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.store.StoredEvent;

/**
 * CSV (RFC 4180) with ACLED's column names in ACLED's order, so existing ACLED tooling reads it,
 * followed by Sitrep's own columns. Columns Sitrep does not know (iso, region, admin2, admin3,
 * source_scale, tags, timestamp) are empty rather than guessed.
 */
final class AcledCsvWriter implements EventWriter {
  public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
      "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
      "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp");
  public static final List<String> SITREP_COLUMNS = List.of("status", "sources", "evidence");

  private final Writer out;

  AcledCsvWriter(OutputStream stream) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    List<String> header = new ArrayList<>(ACLED_COLUMNS);
    header.addAll(SITREP_COLUMNS);
    row(header);
  }

  @Override
  public void write(StoredEvent stored) {
    EventRecord e = stored.event();
    Location loc = e.location();
    String start = e.date() == null ? null : e.date().start();
    int inter1 = AcledCodes.inter(e.actor1(), e.type(), true);
    int inter2 = AcledCodes.inter(e.actor2(), e.type(), false);
    List<String> cells = new ArrayList<>(List.of(
        e.id(),
        nz(start),
        start == null ? "" : start.substring(0, 4),
        timePrecision(e),
        AcledCodes.disorderType(e.type(), e.subtype()),
        nz(e.type()),
        nz(e.subtype()),
        e.actor1() == null ? "" : e.actor1().name(),
        "",
        inter1 == 0 ? "" : Integer.toString(inter1),
        e.actor2() == null ? "" : e.actor2().name(),
        "",
        inter2 == 0 ? "" : Integer.toString(inter2),
        AcledCodes.interaction(inter1, inter2),
        e.actor2() != null && "civilians".equals(e.actor2().kind()) ? "Civilian targeting" : "",
        "",
        "",
        loc == null ? "" : AcledCodes.countryName(loc.country()),
        loc == null ? "" : nz(loc.admin1()),
        "",
        "",
        loc == null ? "" : nz(loc.name()),
        loc == null || loc.lat() == null ? "" : Double.toString(loc.lat()),
        loc == null || loc.lon() == null ? "" : Double.toString(loc.lon()),
        loc == null ? "" : AcledCodes.geoPrecision(loc.precision()),
        String.join("; ", stored.outlets()),
        "",
        e.evidence().isEmpty() ? "" : e.evidence().get(0).text(),
        e.fatalities() == null ? "" : Integer.toString(e.fatalities()),
        "",
        ""));
    cells.add(nz(e.status()));
    cells.add(Integer.toString(stored.sources()));
    cells.add(e.evidence().stream().map(Evidence::text).collect(Collectors.joining(" | ")));
    row(cells);
  }

  /** ACLED: 1 = day, 2 = within a week, 3 = within a month or less precise. */
  private static String timePrecision(EventRecord e) {
    if (e.date() == null || e.date().start() == null || e.date().end() == null) {
      return "3";
    }
    long days = ChronoUnit.DAYS.between(LocalDate.parse(e.date().start()), LocalDate.parse(e.date().end()));
    return days == 0 ? "1" : days <= 7 ? "2" : "3";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private void row(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(cells.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
