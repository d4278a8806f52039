package org.sitrep.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Location;

/**
 * Merges the source reports of one real event into the linked event's view. Every report stays
 * as extracted (its own claims); the merged record takes the most common subtype, the first
 * actors given, the most precise place and the narrowest date, fatalities by ACLED's rule (the
 * most conservative figure), all attributions and evidence, and status {@code disputed} when
 * sources disagree (different fatality figures, or any denial or doubt). Independent sources are
 * counted by who says so: a report's attributed sources, or its outlet when it speaks in its own
 * voice, so two outlets quoting one monitor count once. Stateless and thread-safe.
 */
public final class LinkMerger {
  private static final Comparator<EventRecord> REPORT_ORDER =
      Comparator.comparing((EventRecord r) -> r.doc() == null || r.doc().published() == null ? "9999" : r.doc().published())
          .thenComparing(EventRecord::id);

  public LinkedEvent merge(String linkedId, List<EventRecord> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("linked event " + linkedId + " has no reports");
    }
    List<EventRecord> ordered = reports.stream().sorted(REPORT_ORDER).toList();
    EventRecord base = ordered.get(0);
    EventRecord lowest = ordered.stream()
        .filter(r -> r.fatalities() != null)
        .min(Comparator.comparingInt(EventRecord::fatalities))
        .orElse(base);
    EventRecord merged = new EventRecord(
        linkedId,
        base.doc(),
        base.type(),
        mostCommonSubtype(ordered),
        ordered.stream().anyMatch(r -> "actual".equals(r.modality())) ? "actual" : base.modality(),
        ordered.stream().map(EventRecord::actor1).filter(Objects::nonNull).findFirst().orElse(null),
        ordered.stream().map(EventRecord::actor2).filter(Objects::nonNull).findFirst().orElse(null),
        mostPreciseLocation(ordered),
        narrowestDate(ordered),
        lowest.fatalities(),
        lowest.counts(),
        ordered.stream().flatMap(r -> r.attribution().stream()).distinct().toList(),
        status(ordered),
        ordered.stream().flatMap(r -> r.evidence().stream()).distinct().toList());
    return new LinkedEvent(linkedId, merged, ordered, independentSources(ordered));
  }

  /** Who stands behind each report: its attributed sources, else its outlet, else its document. */
  public static Set<String> sourcesOf(EventRecord report) {
    Set<String> keys = new LinkedHashSet<>();
    for (Attribution a : report.attribution()) {
      if (a.source() != null && !a.source().isBlank()) {
        keys.add("source:" + a.source().strip().toLowerCase(Locale.ROOT));
      }
    }
    if (keys.isEmpty()) {
      keys.add(report.doc() != null && report.doc().outlet() != null
          ? "outlet:" + report.doc().outlet().strip().toLowerCase(Locale.ROOT)
          : "doc:" + (report.doc() == null ? report.id() : report.doc().id()));
    }
    return keys;
  }

  private static int independentSources(List<EventRecord> reports) {
    Set<String> keys = new LinkedHashSet<>();
    reports.forEach(r -> keys.addAll(sourcesOf(r)));
    return keys.size();
  }

  private static String mostCommonSubtype(List<EventRecord> reports) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    reports.forEach(r -> counts.merge(String.valueOf(r.subtype()), 1, Integer::sum));
    String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return best.equals("null") ? null : best;
  }

  private static Location mostPreciseLocation(List<EventRecord> reports) {
    return reports.stream()
        .map(EventRecord::location)
        .filter(Objects::nonNull)
        .min(Comparator.comparingInt((Location l) -> GeoPrecision.of(l.precision()).ordinal())
            .thenComparingInt(l -> l.lat() == null ? 1 : 0))
        .orElse(null);
  }

  private static EventDate narrowestDate(List<EventRecord> reports) {
    return reports.stream()
        .map(EventRecord::date)
        .filter(d -> d != null && d.start() != null && d.end() != null)
        .min(Comparator.comparingLong(
            d -> ChronoUnit.DAYS.between(LocalDate.parse(d.start()), LocalDate.parse(d.end()))))
        .orElse(reports.get(0).date());
  }

  private static String status(List<EventRecord> reports) {
    long figures = reports.stream().map(EventRecord::fatalities).filter(Objects::nonNull).distinct().count();
    boolean doubted = reports.stream().anyMatch(r -> "disputed".equals(r.status()))
        || reports.stream().flatMap(r -> r.attribution().stream())
            .anyMatch(a -> "denied".equals(a.stance()) || "disputed".equals(a.stance()));
    if (figures > 1 || doubted) {
      return "disputed";
    }
    if (reports.stream().anyMatch(r -> "reported".equals(r.status()))) {
      return "reported";
    }
    List<String> statuses = new ArrayList<>(reports.stream().map(EventRecord::status).distinct().toList());
    return statuses.size() == 1 ? statuses.get(0) : "reported";
  }
}
