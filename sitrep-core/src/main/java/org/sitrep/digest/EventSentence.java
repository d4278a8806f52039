package org.sitrep.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.EventRecord;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;

/**
 * One plain sentence for an event, assembled from its fields only: what (sub-event type), who
 * (actor1 against actor2, each only when recorded), where, when if not a single day, and the
 * casualty figures as recorded. Stateless and thread-safe.
 */
final class EventSentence {

  String describe(EventRecord e) {
    StringBuilder s = new StringBuilder();
    switch (e.modality()) {
      case "planned" -> s.append("Planned: ");
      case "possible" -> s.append("Possibly: ");
      default -> { }
    }
    s.append(e.subtype() != null ? e.subtype() : e.type());
    String a1 = name(e.actor1());
    String a2 = name(e.actor2());
    if (a1 != null && a2 != null) {
      s.append(e.type().equals("Battles") ? " between " + a1 + " and " + a2 : " by " + a1 + " against " + a2);
    } else if (a1 != null) {
      s.append(" by ").append(a1);
    } else if (a2 != null) {
      s.append(" affecting ").append(a2);
    }
    String place = place(e.location());
    if (place != null) {
      s.append(" in ").append(place);
    }
    if (e.date() != null && e.date().start() != null && e.date().end() != null
        && !e.date().start().equals(e.date().end())) {
      s.append(" between ").append(e.date().start()).append(" and ").append(e.date().end());
    }
    s.append('.');
    String casualties = casualties(e);
    if (!casualties.isEmpty()) {
      s.append(' ').append(casualties).append('.');
    }
    return s.toString();
  }

  /** "6 killed, 14 wounded", "no death toll reported" for a violent event without one, or "". */
  String casualties(EventRecord e) {
    List<String> parts = new ArrayList<>();
    if (e.fatalities() != null) {
      parts.add(e.fatalities() + " killed");
    } else if (isViolent(e)) {
      parts.add("no death toll reported");
    }
    if (e.counts() != null) {
      add(parts, e.counts().wounded(), "wounded");
      add(parts, e.counts().captured(), "captured or abducted");
      add(parts, e.counts().affected(), "affected");
    }
    String joined = String.join(", ", parts);
    return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
  }

  static boolean isViolent(EventRecord e) {
    return EventType.bySubtype(e.type(), e.subtype()).map(EventType::isViolent).orElse(false);
  }

  private static void add(List<String> parts, List<Count> counts, String label) {
    long n = counts.stream().mapToLong(Count::n).sum();
    if (n > 0) {
      parts.add(n + " " + label);
    }
  }

  private static String name(Actor a) {
    return a == null ? null : a.name();
  }

  /** "Harasta (Rif Dimashq)", or the bare name when the division is unknown or the same. */
  static String place(Location l) {
    if (l == null || l.name() == null) {
      return null;
    }
    if (l.admin1() == null || l.admin1().toLowerCase(Locale.ROOT).equals(l.name().toLowerCase(Locale.ROOT))) {
      return l.name();
    }
    return l.name() + " (" + l.admin1() + ")";
  }
}
