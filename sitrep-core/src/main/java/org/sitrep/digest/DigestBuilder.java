package org.sitrep.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.digest.DailyDigest.Area;
import org.sitrep.digest.DailyDigest.Citation;
import org.sitrep.digest.DailyDigest.Headline;
import org.sitrep.digest.DailyDigest.Line;
import org.sitrep.digest.DailyDigest.TypeFigure;
import org.sitrep.link.LinkedEvent;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Location;

/**
 * Builds the daily digest for one day and region from linked events. Events are those whose date
 * interval contains the day; headline figures count only {@code actual} events and use each
 * event's merged fatality figure (the most conservative one). Stateless and thread-safe.
 */
public final class DigestBuilder {
  private final EventSentence sentences = new EventSentence();
  private final StatusExplainer explainer = new StatusExplainer();

  public DailyDigest build(List<LinkedEvent> events, DigestRequest request) {
    List<LinkedEvent> selected = events.stream()
        .filter(le -> le.event().date() != null)
        .filter(le -> request.coversDay(le.event().date().start(), le.event().date().end()))
        .filter(le -> request.covers(le.event().location()))
        .sorted(Comparator.comparing((LinkedEvent le) -> -fatalities(le)).thenComparing(LinkedEvent::id))
        .toList();

    Map<String, List<Line>> byArea = new TreeMap<>();
    List<Line> claims = new ArrayList<>();
    Map<String, Citation> sources = new LinkedHashMap<>();
    for (LinkedEvent le : selected) {
      List<Citation> cites = citations(le);
      cites.forEach(c -> sources.putIfAbsent(c.docId(), c));
      EventRecord e = le.event();
      String status = e.status().equals("reported") ? "" : " " + statusWord(e.status());
      byArea.computeIfAbsent(areaName(e.location()), k -> new ArrayList<>())
          .add(new Line(sentences.describe(e) + status, List.of(le.id()), cites));
      String explanation = explainer.explain(le);
      if (!e.status().equals("reported") || StatusExplainer.differingFigures(StatusExplainer.reportsOf(le)) != null) {
        String where = EventSentence.place(e.location());
        claims.add(new Line((where == null ? "" : where + ": ") + explanation, List.of(le.id()), cites));
      }
    }
    List<Area> areas = byArea.entrySet().stream().map(en -> new Area(en.getKey(), en.getValue())).toList();
    return new DailyDigest(request.date(), request.region().orElse(null), headline(selected), areas, claims,
        List.copyOf(sources.values()));
  }

  private static String statusWord(String status) {
    return status.equals("claimed") ? "(Claimed, unconfirmed.)" : "(Disputed.)";
  }

  private static Headline headline(List<LinkedEvent> selected) {
    Map<String, int[]> byType = new TreeMap<>();
    int events = 0;
    int fatalities = 0;
    int withoutFigure = 0;
    for (LinkedEvent le : selected) {
      EventRecord e = le.event();
      if (!e.modality().equals("actual")) {
        continue;
      }
      events++;
      int[] f = byType.computeIfAbsent(e.type(), k -> new int[2]);
      f[0]++;
      if (e.fatalities() != null) {
        fatalities += e.fatalities();
        f[1] += e.fatalities();
      } else if (EventSentence.isViolent(e)) {
        withoutFigure++;
      }
    }
    List<TypeFigure> figures = byType.entrySet().stream()
        .map(en -> new TypeFigure(en.getKey(), en.getValue()[0], en.getValue()[1]))
        .toList();
    return new Headline(events, fatalities, withoutFigure, figures);
  }

  private static int fatalities(LinkedEvent le) {
    return le.event().fatalities() == null ? 0 : le.event().fatalities();
  }

  private static List<Citation> citations(LinkedEvent le) {
    Map<String, Citation> out = new LinkedHashMap<>();
    for (EventRecord r : StatusExplainer.reportsOf(le)) {
      out.putIfAbsent(r.doc().id(),
          new Citation(r.doc().id(), r.doc().outlet(), r.doc().published(), r.doc().title()));
    }
    return List.copyOf(out.values());
  }

  /** "Syria — Rif Dimashq"; the country alone when no division is recorded. */
  static String areaName(Location l) {
    if (l == null || l.country() == null) {
      return "Location not recorded";
    }
    String country = new Locale("", l.country()).getDisplayCountry(Locale.ENGLISH);
    return l.admin1() == null ? country : country + " \u2014 " + l.admin1();
  }
}
