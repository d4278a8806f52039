package org.sitrep.link;

import org.sitrep.geo.Geo;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Location;

/**
 * Decides whether a report describes the same real event as a linked event: same event type
 * (ACLED's type family), date intervals overlapping (with {@value #DATE_SLACK_DAYS} day of slack
 * for reports that date an event by publication day), places within the coarser precision's
 * radius (or the same country at country precision), and actors that do not contradict each
 * other (a missing actor is compatible with any; battle sides may be given in either order).
 * Events with unknown dates, dates spanning more than {@value #MAX_SPAN_DAYS} days, or no place
 * are never linked: a wrong merge hides an event. Stateless and thread-safe.
 */
public final class SameEventRule {
  public static final int DATE_SLACK_DAYS = 1;
  /** Longest date interval (a month) that is precise enough to link on. */
  public static final int MAX_SPAN_DAYS = 31;

  /** The reason they are the same event, or empty when they are not. */
  public Optional<String> sameEvent(EventRecord linked, EventRecord report) {
    if (!linked.type().equals(report.type())) {
      return Optional.empty();
    }
    Optional<String> dates = datesOverlap(linked.date(), report.date());
    Optional<String> places = dates.isEmpty() ? Optional.empty() : samePlace(linked.location(), report.location());
    Optional<String> actors = places.isEmpty() ? Optional.empty() : compatibleActors(linked, report);
    if (actors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("same type " + linked.type() + "; " + dates.get() + "; " + places.get() + "; "
        + actors.get());
  }

  private static Optional<String> datesOverlap(EventDate a, EventDate b) {
    if (!known(a) || !known(b)) {
      return Optional.empty();
    }
    LocalDate aStart = LocalDate.parse(a.start());
    LocalDate aEnd = LocalDate.parse(a.end());
    LocalDate bStart = LocalDate.parse(b.start());
    LocalDate bEnd = LocalDate.parse(b.end());
    if (aStart.plusDays(MAX_SPAN_DAYS).isBefore(aEnd) || bStart.plusDays(MAX_SPAN_DAYS).isBefore(bEnd)) {
      return Optional.empty();
    }
    boolean overlap = !aStart.minusDays(DATE_SLACK_DAYS).isAfter(bEnd)
        && !bStart.minusDays(DATE_SLACK_DAYS).isAfter(aEnd);
    return overlap
        ? Optional.of("dates overlap (" + a.start() + ".." + a.end() + " / " + b.start() + ".." + b.end() + ")")
        : Optional.empty();
  }

  private static boolean known(EventDate d) {
    return d != null && d.start() != null && d.end() != null && !"unknown".equals(d.precision());
  }

  private static Optional<String> samePlace(Location a, Location b) {
    if (a == null || b == null) {
      return Optional.empty();
    }
    GeoPrecision precision = GeoPrecision.coarser(GeoPrecision.of(a.precision()), GeoPrecision.of(b.precision()));
    if (precision == GeoPrecision.COUNTRY) {
      return a.country() != null && a.country().equalsIgnoreCase(b.country())
          ? Optional.of("same country " + a.country() + " at country precision")
          : Optional.empty();
    }
    if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null) {
      double km = Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
      // Two different named towns are different places, however close, unless practically one spot.
      if (precision == GeoPrecision.TOWN && km > GeoPrecision.POINT.radiusKm() && differentPlaces(a, b)) {
        return Optional.empty();
      }
      return km <= precision.radiusKm()
          ? Optional.of(String.format(Locale.ROOT, "%.1f km apart within %s precision (%.0f km)",
              km, precision.name().toLowerCase(Locale.ROOT), precision.radiusKm()))
          : Optional.empty();
    }
    return a.name() != null && a.name().equalsIgnoreCase(b.name())
        ? Optional.of("same place name " + a.name())
        : Optional.empty();
  }

  private static boolean differentPlaces(Location a, Location b) {
    if (a.geonamesId() != null && b.geonamesId() != null) {
      return !a.geonamesId().equals(b.geonamesId());
    }
    return a.name() != null && b.name() != null && !a.name().equalsIgnoreCase(b.name());
  }

  private static Optional<String> compatibleActors(EventRecord a, EventRecord b) {
    if (compatible(a.actor1(), b.actor1()) && compatible(a.actor2(), b.actor2())) {
      return Optional.of("actors compatible");
    }
    boolean symmetric = "Battles".equals(a.type());
    if (symmetric && compatible(a.actor1(), b.actor2()) && compatible(a.actor2(), b.actor1())) {
      return Optional.of("actors compatible (sides in the other order)");
    }
    return Optional.empty();
  }

  private static boolean compatible(Actor a, Actor b) {
    return a == null || b == null || a.name().equalsIgnoreCase(b.name());
  }
}
