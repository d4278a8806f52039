package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lexicon.Resources;
import org.sitrep.text.CharSpan;

/**
 * Places that say where a report was filed or where someone spoke, which never locate an event:
 * a wire dateline anywhere in the text ("MOSCOW (Sputnik) - " after a page's headline list) and
 * a place right after a speaking cue ("said in Istanbul", data: {@code speaking-place-cues.txt}).
 * Loaded once; immutable and thread-safe.
 */
final class ReportingPlaces {
  private final List<String> cues;

  private ReportingPlaces(List<String> cues) {
    this.cues = cues;
  }

  static ReportingPlaces load() {
    List<String> cues = new ArrayList<>();
    for (String line : Resources.lines(ReportingPlaces.class, "speaking-place-cues.txt")) {
      cues.add(line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ");
    }
    return new ReportingPlaces(List.copyOf(cues));
  }

  /** The places that may locate events: all but datelines' and speakers' places, in order. */
  List<PlaceMention> eventPlaces(String text, List<PlaceMention> places) {
    List<CharSpan> datelines = WireDatelines.agencyDatelines(text);
    List<PlaceMention> out = new ArrayList<>();
    for (PlaceMention p : places) {
      int start = p.span().start();
      boolean inDateline = datelines.stream().anyMatch(d -> d.start() <= start && start < d.end());
      if (!inDateline && !afterSpeakingCue(text, start)) {
        out.add(p);
      }
    }
    return out;
  }

  private boolean afterSpeakingCue(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (String cue : cues) {
      if (before.endsWith(" " + cue) || before.equals(cue)) {
        return true;
      }
    }
    return false;
  }
}
