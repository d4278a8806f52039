package org.sitrep.io;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Location;

/**
 * A readable terminal view, one event per row: date, type/subtype, actor1 → actor2, place,
 * fatalities, status, source. Cells are cut to fixed widths with "…", control characters become
 * spaces, and a null anywhere prints as "-" (never a failure). Not a machine format.
 */
public final class TableEventWriter implements EventWriter {
  private static final int DATE = 22;
  private static final int TYPE = 44;
  private static final int ACTOR = 24;
  private static final int ACTORS = 2 * ACTOR + 3;
  private static final int PLACE = 20;
  private static final int FATALITIES = 6;
  private static final int STATUS = 9;
  private static final int SOURCE = 28;

  private final PrintWriter out;
  private int rows;

  public TableEventWriter(PrintWriter out) {
    this.out = out;
    row("DATE", "TYPE / SUBTYPE", "ACTOR1 → ACTOR2", "PLACE", "KILLED", "STATUS", "SOURCE");
  }

  @Override
  public void write(EventRecord e) {
    row(date(e.date()), type(e), actor(e.actor1()) + " → " + actor(e.actor2()), place(e.location()),
        e.fatalities() == null ? "-" : e.fatalities().toString(), orDash(e.status()), source(e));
    rows++;
  }

  @Override
  public void finish() {
    out.println(rows + (rows == 1 ? " event" : " events"));
    out.flush();
  }

  private void row(String date, String type, String actors, String place, String fatalities,
      String status, String source) {
    String line = cell(date, DATE) + "  " + cell(type, TYPE) + "  " + cell(actors, ACTORS) + "  "
        + cell(place, PLACE) + "  " + rightAligned(fatalities, FATALITIES) + "  "
        + cell(status, STATUS) + "  " + fit(clean(source), SOURCE);
    out.println(line.stripTrailing());
  }

  static String date(EventDate d) {
    if (d == null || (d.start() == null && d.end() == null)) {
      return "unknown";
    }
    if (d.start() != null && d.start().equals(d.end())) {
      return d.start();
    }
    return orDash(d.start()) + ".." + orDash(d.end());
  }

  private static String type(EventRecord e) {
    if (e.type() == null) {
      return orDash(e.subtype());
    }
    return e.subtype() == null ? e.type() : e.type() + " / " + e.subtype();
  }

  private static String actor(Actor a) {
    return a == null || a.name() == null ? "-" : fit(clean(a.name()), ACTOR);
  }

  private static String place(Location l) {
    if (l == null || l.name() == null) {
      return "-";
    }
    return l.country() == null ? l.name() : l.name() + ", " + l.country();
  }

  private static String source(EventRecord e) {
    List<Attribution> attribution = e.attribution();
    if (attribution != null && !attribution.isEmpty() && attribution.get(0).source() != null) {
      String first = attribution.get(0).source();
      return attribution.size() == 1 ? first : first + " +" + (attribution.size() - 1);
    }
    if (e.doc() != null) {
      return e.doc().outlet() != null ? e.doc().outlet() : orDash(e.doc().id());
    }
    return "-";
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  private static String cell(String s, int width) {
    String fitted = fit(clean(s), width);
    return fitted + " ".repeat(width - fitted.codePointCount(0, fitted.length()));
  }

  private static String rightAligned(String s, int width) {
    String fitted = fit(clean(s), width);
    return " ".repeat(width - fitted.codePointCount(0, fitted.length())) + fitted;
  }

  /** At most {@code width} code points, the last one "…" when cut. */
  static String fit(String s, int width) {
    if (s.codePointCount(0, s.length()) <= width) {
      return s;
    }
    int end = s.offsetByCodePoints(0, width - 1);
    return s.substring(0, end).stripTrailing() + "…";
  }

  private static String clean(String s) {
    if (s == null) {
      return "-";
    }
    String cleaned = s.replaceAll("\\p{Cntrl}+", " ").strip();
    return cleaned.isEmpty() ? "-" : cleaned;
  }
}
