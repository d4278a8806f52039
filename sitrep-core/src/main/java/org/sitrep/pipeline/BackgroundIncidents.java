package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.model.EventRecord;

/**
 * Drops the deadly incidents a report recalls as background to its news: "the attack came weeks
 * after a double bombing in February killed 57 people". An event with deaths whose whole date
 * range, read from its own sentences (not the story's context), ends more than {@link #RECENT_DAYS}
 * days before publication is background when the same
 * report also tells an event dated within that window; a report of only past events (a
 * retrospective, a mass grave found) keeps them. The recalled incident was news, and is coded,
 * when it happened; here it would pass for the report's own incident. Stateless; thread-safe.
 */
final class BackgroundIncidents {
  static final int RECENT_DAYS = 7;

  private BackgroundIncidents() {}

  /**
   * @param ownDate whether an event's date was read from its own sentences; one inherited from
   *     the story's context ("in April" two sentences earlier) is too weak to call it past
   */
  static List<EventRecord> withoutBackground(
      List<EventRecord> events, Predicate<EventRecord> ownDate, LocalDate published) {
    if (published == null || events.stream().noneMatch(e -> recent(e, published))) {
      return events;
    }
    return events.stream().filter(e -> !(deadly(e) && ownDate.test(e) && before(e, published))).toList();
  }

  private static boolean deadly(EventRecord e) {
    return e.fatalities() != null && e.fatalities() > 0;
  }

  /** Dated, ending within the window before publication (or after it). */
  private static boolean recent(EventRecord e, LocalDate published) {
    LocalDate end = end(e);
    return end != null && !end.isBefore(published.minusDays(RECENT_DAYS));
  }

  private static boolean before(EventRecord e, LocalDate published) {
    LocalDate end = end(e);
    return end != null && end.isBefore(published.minusDays(RECENT_DAYS));
  }

  private static LocalDate end(EventRecord e) {
    String d = e.date().end() != null ? e.date().end() : e.date().start();
    return d == null ? null : LocalDate.parse(d);
  }
}
