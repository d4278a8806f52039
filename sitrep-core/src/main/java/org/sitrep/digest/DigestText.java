package org.sitrep.digest;

import org.sitrep.digest.DailyDigest.Headline;
import org.sitrep.digest.DailyDigest.TypeFigure;

/** The fixed wording shared by the Markdown and HTML digests (plain text, not yet escaped). */
final class DigestText {
  static final String FOOTER =
      "Generated from the Sitrep event record. Figures are as reported; where sources differ the "
          + "lowest figure is counted and the others are listed under claims and disputes.";

  private DigestText() {}

  static String title(DailyDigest d) {
    return "Daily sitrep \u2014 " + d.date() + (d.region() == null ? "" : " \u2014 " + d.region());
  }

  static String headlineSummary(Headline h) {
    String s = plural(h.events(), "event") + " recorded, " + h.fatalities() + " reported killed";
    if (h.eventsWithoutFigure() > 0) {
      s += " (" + plural(h.eventsWithoutFigure(), "violent event") + " without a death toll)";
    }
    return s;
  }

  static String typeFigure(TypeFigure t) {
    return t.type() + ": " + plural(t.events(), "event") + ", " + t.fatalities() + " killed";
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
