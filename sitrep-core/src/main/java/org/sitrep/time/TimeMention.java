package org.sitrep.time;

import java.time.LocalDate;
import org.sitrep.text.CharSpan;

/**
 * A time expression resolved against the publication date. {@code start}/{@code end} are null
 * when it could not be resolved. {@code precision}: day, range, month, year, unknown (as
 * SCHEMA.md). {@code relation} says how an event relates to it: AT ("on Saturday"), SINCE ("since
 * June 6": from start up to the reference date), DURATION ("for more than 40 days": back from the
 * reference date), ONGOING ("for years").
 */
public record TimeMention(
    CharSpan span, String text, LocalDate start, LocalDate end, String precision, Relation relation) {
  public enum Relation { AT, SINCE, DURATION, ONGOING }
}
