package org.sitrep.cli;

import java.util.List;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;

/** One-line summaries of events for evaluation listings: id, type/subtype, place, date, evidence. */
final class EventLines {
  private static final int SNIPPET = 90;

  private EventLines() {}

  static String describe(String id, EventRecord e) {
    String type = e.type() + (e.subtype() == null ? "" : "/" + e.subtype());
    String place = e.location() == null || e.location().name() == null ? "-" : e.location().name();
    return id + "  " + type + "  " + place + "  " + date(e.date()) + "  \"" + snippet(e.evidence()) + "\"";
  }

  static String date(EventDate d) {
    if (d == null || (d.start() == null && d.end() == null)) {
      return "unknown";
    }
    return d.start() != null && d.start().equals(d.end()) ? d.start() : d.start() + ".." + d.end();
  }

  static String snippet(List<Evidence> evidence) {
    if (evidence == null || evidence.isEmpty() || evidence.get(0).text() == null) {
      return "";
    }
    String text = evidence.get(0).text().replaceAll("\\s+", " ").strip();
    if (text.codePointCount(0, text.length()) <= SNIPPET) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, SNIPPET - 1)) + "…";
  }
}
