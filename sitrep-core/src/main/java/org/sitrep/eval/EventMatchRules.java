package org.sitrep.eval;

import org.sitrep.geo.Geo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Location;

/**
 * SCHEMA.md's rules for "Matching a prediction to a gold event" and for field accuracy, one
 * method per rule. Choices where SCHEMA.md is silent: events of different documents never match
 * (a missing doc id matches any); a gold without coordinates accepts any place; a prediction
 * without coordinates does not match a gold with them; a missing date bound takes the other
 * bound's value; a prediction with no date at all matches only a gold of precision unknown.
 */
public final class EventMatchRules {
  /** How far a matched prediction's place may be for its location to count as correct. */
  public static final double LOCATION_ACCURACY_KM = 25;

  private EventMatchRules() {}

  public static boolean matches(GoldEvent gold, EventRecord predicted) {
    return sameDocument(gold.event(), predicted) && typeAgrees(gold, predicted)
        && placeAgrees(gold, predicted) && datesAgree(gold.event().date(), predicted.date());
  }

  static boolean sameDocument(EventRecord gold, EventRecord predicted) {
    String g = gold.doc() == null ? null : gold.doc().id();
    String p = predicted.doc() == null ? null : predicted.doc().id();
    return g == null || p == null || g.equals(p);
  }

  static boolean typeAgrees(GoldEvent gold, EventRecord predicted) {
    String type = predicted.type();
    return type != null && (type.equals(gold.event().type()) || gold.typeAlt().contains(type));
  }

  static boolean placeAgrees(GoldEvent gold, EventRecord predicted) {
    Location g = gold.event().location();
    if (!hasPoint(g)) {
      return true;
    }
    Location p = predicted.location();
    return hasPoint(p) && Geo.km(g.lat(), g.lon(), p.lat(), p.lon()) <= gold.radiusKm();
  }

  /** Intervals overlap with one day's slack; a gold of precision unknown matches any date. */
  static boolean datesAgree(EventDate gold, EventDate predicted) {
    if (gold == null || "unknown".equals(gold.precision())) {
      return true;
    }
    LocalDate[] g = interval(gold);
    LocalDate[] p = interval(predicted);
    if (g == null) {
      return true;
    }
    if (p == null) {
      return false;
    }
    return !p[0].isAfter(g[1].plusDays(1)) && !g[0].isAfter(p[1].plusDays(1));
  }

  /** [start, end] with a missing bound copied from the other, or null when neither parses. */
  private static LocalDate[] interval(EventDate d) {
    if (d == null) {
      return null;
    }
    LocalDate start = parse(d.start());
    LocalDate end = parse(d.end());
    if (start == null && end == null) {
      return null;
    }
    start = start == null ? end : start;
    end = end == null ? start : end;
    return end.isBefore(start) ? new LocalDate[] {end, start} : new LocalDate[] {start, end};
  }

  private static LocalDate parse(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean hasPoint(Location l) {
    return l != null && l.lat() != null && l.lon() != null;
  }

  /** Name or alias, case-insensitive; both absent is correct, one absent is wrong. */
  static boolean actorAgrees(Actor gold, List<String> aliases, Actor predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    String name = predicted.name().toLowerCase(Locale.ROOT);
    return gold.name().toLowerCase(Locale.ROOT).equals(name)
        || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(name));
  }

  /** Within {@link #LOCATION_ACCURACY_KM}; neither having coordinates counts as agreeing. */
  static boolean locationAccurate(Location gold, Location predicted) {
    if (!hasPoint(gold) || !hasPoint(predicted)) {
      return !hasPoint(gold) && !hasPoint(predicted);
    }
    return Geo.km(gold.lat(), gold.lon(), predicted.lat(), predicted.lon()) <= LOCATION_ACCURACY_KM;
  }

  static boolean dateStartAgrees(EventDate gold, EventDate predicted) {
    return Objects.equals(gold == null ? null : gold.start(), predicted == null ? null : predicted.start());
  }
}
