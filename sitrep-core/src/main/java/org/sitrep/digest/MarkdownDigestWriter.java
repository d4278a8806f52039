package org.sitrep.digest;

import java.util.stream.Collectors;
import org.sitrep.digest.DailyDigest.Area;
import org.sitrep.digest.DailyDigest.Citation;
import org.sitrep.digest.DailyDigest.Line;
import org.sitrep.digest.DailyDigest.TypeFigure;

/**
 * Writes a digest as CommonMark. Text from the record (names, titles, quotes) is untrusted: every
 * character with meaning in Markdown or inline HTML is backslash-escaped, so a renderer shows it
 * as text. Stateless and thread-safe.
 */
public final class MarkdownDigestWriter {

  public String write(DailyDigest d) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(DigestText.title(d)).append("\n\n");
    out.append("## Headline figures\n\n");
    out.append("- ").append(esc(DigestText.headlineSummary(d.headline()))).append('\n');
    for (TypeFigure t : d.headline().byType()) {
      out.append("- ").append(esc(DigestText.typeFigure(t))).append('\n');
    }
    out.append("\n## Key developments\n\n");
    if (d.areas().isEmpty()) {
      out.append("No events recorded for this day.\n");
    }
    for (Area a : d.areas()) {
      out.append("### ").append(esc(a.name())).append("\n\n");
      a.lines().forEach(l -> line(out, l));
      out.append('\n');
    }
    out.append("## Claims and disputes\n\n");
    if (d.claimsAndDisputes().isEmpty()) {
      out.append("No claimed or disputed events recorded for this day.\n");
    }
    d.claimsAndDisputes().forEach(l -> line(out, l));
    out.append("\n## Sources\n\n");
    for (Citation c : d.sources()) {
      out.append("- `").append(c.docId().replace("`", "'")).append("`: ").append(esc(c.label()));
      if (c.title() != null) {
        out.append(" \u2014 \u201c").append(esc(c.title())).append('\u201d');
      }
      out.append('\n');
    }
    out.append('\n').append(esc(DigestText.FOOTER)).append('\n');
    return out.toString();
  }

  private static void line(StringBuilder out, Line l) {
    out.append("- ").append(esc(l.text())).append(" \u2014 ")
        .append(l.citations().stream()
            .map(c -> "[" + esc(c.label()) + ": `" + c.docId().replace("`", "'") + "`]")
            .collect(Collectors.joining(" ")))
        .append('\n');
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|!&".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
