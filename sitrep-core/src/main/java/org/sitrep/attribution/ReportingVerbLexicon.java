package org.sitrep.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.lexicon.Resources;

/** The reporting verbs of {@code reporting-verbs.tsv} and what each makes of a report. */
public final class ReportingVerbLexicon {
  /** What a report through a verb is. */
  public enum Kind { SAY, CONFIRM, CLAIM, DENY, DOUBT }

  private final Map<String, Kind> verbs;

  public ReportingVerbLexicon(Map<String, Kind> verbs) {
    this.verbs = Map.copyOf(verbs);
  }

  public static ReportingVerbLexicon load() {
    Map<String, Kind> m = new HashMap<>();
    for (String[] c : Resources.rows(ReportingVerbLexicon.class, "reporting-verbs.tsv", 2)) {
      m.put(c[0], Kind.valueOf(c[1].toUpperCase(Locale.ROOT)));
    }
    return new ReportingVerbLexicon(m);
  }

  /** The verbs of the given kinds, as lemmas. */
  public java.util.Set<String> verbsOf(java.util.Set<Kind> kinds) {
    java.util.Set<String> out = new java.util.HashSet<>();
    verbs.forEach((verb, kind) -> {
      if (kinds.contains(kind)) {
        out.add(verb);
      }
    });
    return out;
  }

  public Optional<Kind> kindOf(String lemma) {
    return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
  }
}
