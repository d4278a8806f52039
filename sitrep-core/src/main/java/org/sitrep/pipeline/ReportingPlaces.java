package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.geo.PlaceMention;
import org.sitrep.lexicon.Resources;
import org.sitrep.text.CharSpan;

/**
 * Places that say where a report was filed or where someone spoke, which never locate an event:
 * a wire dateline anywhere in the text ("MOSCOW (Sputnik) - " after a page's headline list) and
 * a place right after a speaking cue ("said in Istanbul", data: {@code speaking-place-cues.txt}),
 * and a bureau town abroad right after the date that opens a scraped page ("Feb 02 2015 Beirut
 * Syrian government air strikes …"). Loaded once; immutable and thread-safe.
 */
final class ReportingPlaces {
  /** A date with its year that ends the text before a place at the opening: "Feb 02 2015 ", "Feb 022015, ", "22/07/2015 " (a bare year, "In 2014 Mosul fell", is no date line). */
  private static final Pattern OPENING_YEAR = Pattern.compile(
      "(?i)(?:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*\\d{0,2}(?:st|nd|rd|th)?,?\\s*"
          + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-])(?:19|20)\\d\\d[\\s,:.-]*$");
  /** How far into the text an opening dateline may reach. */
  private static final int OPENING_CHARS = 80;
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
    return eventPlaces(text, places, null);
  }

  /**
   * As {@link #eventPlaces(String, List)}, and without a town abroad that follows the opening date
   * when the document's focus country ({@code focusCountry}, may be null: then none is dropped)
   * is known: "Wed 19 Apr 2017 Aleppo bomb blast kills six" opens with its event's town, but
   * "Feb 02 2015 Beirut Syrian government air strikes …" with the bureau it was filed from.
   */
  List<PlaceMention> eventPlaces(String text, List<PlaceMention> places, String focusCountry) {
    List<CharSpan> datelines = WireDatelines.agencyDatelines(text);
    List<PlaceMention> out = new ArrayList<>();
    for (PlaceMention p : places) {
      int start = p.span().start();
      boolean inDateline = datelines.stream().anyMatch(d -> d.start() <= start && start < d.end());
      if (!inDateline && !afterSpeakingCue(text, start) && !bureauAfterOpeningDate(text, p, focusCountry)) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean bureauAfterOpeningDate(String text, PlaceMention p, String focusCountry) {
    int start = p.span().start();
    if (focusCountry == null || start > OPENING_CHARS || p.place() == null || p.isDemonym()
        || !"town".equals(p.place().precision()) || focusCountry.equals(p.place().country())) {
      return false;
    }
    return OPENING_YEAR.matcher(text.substring(0, start)).find();
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
