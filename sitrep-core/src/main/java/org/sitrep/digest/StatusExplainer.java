package org.sitrep.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.link.LinkedEvent;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;

/**
 * Says in words why a linked event has its status ("Claimed by the Rapid Support Forces only.",
 * "Disputed: Jaish al-Islam denies it …"), using only its attributions, evidence sentences and the
 * figures of its source reports. Stateless and thread-safe.
 */
public final class StatusExplainer {

  public String explain(LinkedEvent linked) {
    EventRecord merged = linked.event();
    List<EventRecord> reports = reportsOf(linked);
    String figures = differingFigures(reports);
    List<String> parts = new ArrayList<>();
    switch (merged.status()) {
      case "claimed" -> parts.add("Claimed by " + join(sources(reports, merged, "claimed")) + " only.");
      case "disputed" -> {
        List<String> why = new ArrayList<>();
        for (Attribution a : attributions(reports, merged)) {
          if (a.stance().equals("denied") || a.stance().equals("disputed")) {
            String verb = a.stance().equals("denied") ? " denies it" : " contradicts the account";
            String quote = quoteMentioning(reports, a.source());
            String item = a.source() + verb + (quote == null ? "" : " (\u201c" + quote + "\u201d)");
            if (!why.contains(item)) {
              why.add(item);
            }
          }
        }
        if (figures != null) {
          why.add(figures);
        }
        parts.add("Disputed: " + (why.isEmpty() ? "sources disagree." : String.join("; ", why) + "."));
      }
      default -> {
        Set<String> cited = sources(reports, merged, "asserted");
        parts.add("Reported by " + join(outlets(reports))
            + (cited.isEmpty() ? "" : ", citing " + join(cited)) + ".");
      }
    }
    if (figures != null && !merged.status().equals("disputed")) {
      parts.add(capitalize(figures) + ".");
    }
    return String.join(" ", parts);
  }

  /** "figures differ: Meridian News Agency 9 killed, Gulf Desk 12 killed", or null. */
  static String differingFigures(List<EventRecord> reports) {
    Map<String, Integer> byOutlet = new LinkedHashMap<>();
    for (EventRecord r : reports) {
      if (r.fatalities() != null) {
        byOutlet.putIfAbsent(outlet(r), r.fatalities());
      }
    }
    if (byOutlet.values().stream().distinct().count() < 2) {
      return null;
    }
    List<String> items = new ArrayList<>();
    byOutlet.forEach((outlet, n) -> items.add(outlet + " " + n + " killed"));
    return "figures differ: " + String.join(", ", items);
  }

  static List<EventRecord> reportsOf(LinkedEvent linked) {
    return linked.reports().isEmpty() ? List.of(linked.event()) : linked.reports();
  }

  static String outlet(EventRecord r) {
    return r.doc().outlet() != null ? r.doc().outlet() : r.doc().id();
  }

  private static Set<String> outlets(List<EventRecord> reports) {
    Set<String> out = new LinkedHashSet<>();
    reports.forEach(r -> out.add(outlet(r)));
    return out;
  }

  private static List<Attribution> attributions(List<EventRecord> reports, EventRecord merged) {
    List<Attribution> all = new ArrayList<>(merged.attribution());
    reports.forEach(r -> all.addAll(r.attribution()));
    return all;
  }

  private static Set<String> sources(List<EventRecord> reports, EventRecord merged, String stance) {
    Set<String> out = new LinkedHashSet<>();
    for (Attribution a : attributions(reports, merged)) {
      if (a.stance().equals(stance)) {
        out.add(a.source());
      }
    }
    return out;
  }

  /** The first evidence sentence naming {@code source}, so a denial is shown in its own words. */
  private static String quoteMentioning(List<EventRecord> reports, String source) {
    return reports.stream()
        .flatMap(r -> r.evidence().stream())
        .map(Evidence::text)
        .filter(Objects::nonNull)
        .filter(t -> t.contains(source))
        .findFirst()
        .orElse(null);
  }

  static String join(Set<String> names) {
    List<String> l = List.copyOf(names);
    if (l.isEmpty()) {
      return "an unnamed source";
    }
    if (l.size() == 1) {
      return l.get(0);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
