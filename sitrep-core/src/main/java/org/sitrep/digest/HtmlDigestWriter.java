package org.sitrep.digest;

import org.sitrep.digest.DailyDigest.Area;
import org.sitrep.digest.DailyDigest.Citation;
import org.sitrep.digest.DailyDigest.Line;
import org.sitrep.digest.DailyDigest.TypeFigure;

/**
 * Writes a digest as a self-contained HTML document with no script and no inline style (it is
 * served under a strict Content-Security-Policy). Every piece of text is HTML-escaped. Stateless
 * and thread-safe.
 */
public final class HtmlDigestWriter {

  public String write(DailyDigest d) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(DigestText.title(d))).append("</title>\n</head>\n<body>\n<article class=\"digest\">\n");
    out.append("<h1>").append(esc(DigestText.title(d))).append("</h1>\n");
    out.append("<section class=\"headline\">\n<h2>Headline figures</h2>\n<ul>\n<li>")
        .append(esc(DigestText.headlineSummary(d.headline()))).append("</li>\n");
    for (TypeFigure t : d.headline().byType()) {
      out.append("<li>").append(esc(DigestText.typeFigure(t))).append("</li>\n");
    }
    out.append("</ul>\n</section>\n<section class=\"developments\">\n<h2>Key developments</h2>\n");
    if (d.areas().isEmpty()) {
      out.append("<p>No events recorded for this day.</p>\n");
    }
    for (Area a : d.areas()) {
      out.append("<h3>").append(esc(a.name())).append("</h3>\n<ul>\n");
      a.lines().forEach(l -> line(out, l));
      out.append("</ul>\n");
    }
    out.append("</section>\n<section class=\"claims\">\n<h2>Claims and disputes</h2>\n");
    if (d.claimsAndDisputes().isEmpty()) {
      out.append("<p>No claimed or disputed events recorded for this day.</p>\n");
    } else {
      out.append("<ul>\n");
      d.claimsAndDisputes().forEach(l -> line(out, l));
      out.append("</ul>\n");
    }
    out.append("</section>\n<section class=\"sources\">\n<h2>Sources</h2>\n<ul>\n");
    for (Citation c : d.sources()) {
      out.append("<li><code>").append(esc(c.docId())).append("</code>: ").append(esc(c.label()));
      if (c.title() != null) {
        out.append(" \u2014 \u201c").append(esc(c.title())).append("\u201d");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n<footer><p>").append(esc(DigestText.FOOTER))
        .append("</p></footer>\n</article>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void line(StringBuilder out, Line l) {
    out.append("<li>").append(esc(l.text()));
    for (Citation c : l.citations()) {
      out.append(" <cite>[").append(esc(c.label())).append(": <code>").append(esc(c.docId()))
          .append("</code>]</cite>");
    }
    out.append("</li>\n");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
