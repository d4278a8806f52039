package org.sitrep.attribution;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.EventType;

/**
 * SCHEMA.md's stances: a report is "claimed" when a party to the conflict tells of its own
 * success or its enemy's crime (or uses a claim verb), "denied" and "disputed" for denials and
 * doubt, "hedged" for "may have", else "asserted". A party's claim is never turned into fact.
 */
public final class StanceRules {
  private final CueLexicon partisanWords;

  public StanceRules(CueLexicon partisanWords) {
    this.partisanWords = partisanWords;
  }

  public static StanceRules createDefault() {
    return new StanceRules(CueLexicon.load("partisan-sources.txt"));
  }

  public String stance(ReportClause report, EventType event, boolean hedged, String cueClass) {
    if ("deny".equals(cueClass) || report.kind() == ReportingVerbLexicon.Kind.DENY) {
      return "denied";
    }
    if ("doubt".equals(cueClass) || report.kind() == ReportingVerbLexicon.Kind.DOUBT) {
      return "disputed";
    }
    if (hedged) {
      return "hedged";
    }
    if (report.kind() == ReportingVerbLexicon.Kind.CLAIM) {
      return "claimed";
    }
    boolean contested = event == null || event.isViolent() || event.type().equals("Battles")
        || event.type().equals("Humanitarian") || event.type().equals("Strategic developments")
            && event != EventType.AGREEMENT;
    return contested && isPartisan(report) ? "claimed" : "asserted";
  }

  /** A party to the conflict, or a source labelled as partisan ("pro-opposition sites"). */
  public boolean isPartisan(ReportClause report) {
    Actor a = report.speaker();
    if (a != null && ActorKind.fromWire(a.kind()).isArmedParty()) {
      return true;
    }
    String text = report.speakerText();
    if (text == null) {
      return false;
    }
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[\\s]+")) {
      if (w.startsWith("pro-") || partisanWords.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
