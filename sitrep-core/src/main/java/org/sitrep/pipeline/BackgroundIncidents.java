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
    List<EventRecord> kept = events;
    if (published != null && events.stream().anyMatch(e -> recent(e, published))) {
      kept = events.stream().filter(e -> !(deadly(e) && ownDate.test(e) && before(e, published))).toList();
    }
    return withoutRecalled(kept);
  }

  /**
   * A deadly event whose first sentence opens by recalling it ("Earlier this week a chemical
   * attack killed 87", data: {@code recall-cues.txt}) is background when the report tells another
   * event; a cue deeper in the sentence ("militants it recently expelled") dates something else.
   */
  static List<EventRecord> withoutRecalled(List<EventRecord> events) {
    List<EventRecord> recalled = events.stream().filter(e -> deadly(e) && recalled(e)).toList();
    if (recalled.isEmpty() || recalled.size() == events.size()) {
      return events;
    }
    return events.stream().filter(e -> !recalled.contains(e)).toList();
  }

  /** Whether the event's first sentence opens (within {@link #OPENING_WORDS} words) with a recall cue. */
  private static boolean recalled(EventRecord e) {
    String[] words = e.evidence().get(0).text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    String opening = " " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, OPENING_WORDS))) + " ";
    return RecallCues.CUES.stream().anyMatch(c -> opening.contains(" " + c + " "));
  }

  private static final int OPENING_WORDS = 6;

  private static final class RecallCues {
    static final List<String> CUES = org.sitrep.lexicon.Resources.lines(BackgroundIncidents.class, "recall-cues.txt")
        .stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT))
        .flatMap(c -> !c.contains("<month>") ? java.util.stream.Stream.of(c)
            : java.util.Arrays.stream(java.time.Month.values()).map(m -> c.replace("<month>", m.name().toLowerCase(java.util.Locale.ROOT))))
        .toList();
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
