package org.sitrep.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Main text and metadata of a parsed HTML page: the article (or main, or body) without navigation,
 * scripts and boilerplate, one paragraph per block, blank line between blocks. The text is plain
 * text; nothing of it is ever rendered back as HTML.
 */
final class HtmlText {
  private static final String BOILERPLATE =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
          + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption";
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  private HtmlText() {}

  static String mainText(Document page) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    body.select(BOILERPLATE).remove();
    Element root = first(body, "article", "main", "[role=main]");
    if (root == null) {
      root = body;
    }
    List<String> blocks = new ArrayList<>();
    Elements candidates = root.select(BLOCKS);
    for (Element block : candidates) {
      // A block inside another selected block is part of that block's text already.
      if (block.parents().stream().anyMatch(candidates::contains)) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        blocks.add(text);
      }
    }
    if (blocks.isEmpty()) {
      return root.text().strip();
    }
    return String.join("\n\n", blocks);
  }

  static String title(Document page) {
    String og = meta(page, "meta[property=og:title]");
    if (og != null) {
      return og;
    }
    if (!page.title().isBlank()) {
      return page.title().strip();
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  /** Publication day from the page's metadata; the calendar date as written, no zone shifting. */
  static LocalDate published(Document page) {
    for (String query : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=dc.date]",
        "meta[name=DC.date.issued]", "meta[property=og:published_time]")) {
      LocalDate d = isoDate(meta(page, query));
      if (d != null) {
        return d;
      }
    }
    Element time = page.selectFirst("time[datetime]");
    return time == null ? null : isoDate(time.attr("datetime"));
  }

  static String url(Document page, String fallback) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    String og = meta(page, "meta[property=og:url]");
    return og != null ? og : fallback;
  }

  static String outlet(Document page, String url) {
    String site = meta(page, "meta[property=og:site_name]");
    if (site != null) {
      return site;
    }
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate isoDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String meta(Document page, String query) {
    Element e = page.selectFirst(query);
    if (e == null) {
      return null;
    }
    String content = e.attr("content").strip();
    return content.isEmpty() ? null : content;
  }

  private static Element first(Element root, String... queries) {
    for (String q : queries) {
      Element e = root.selectFirst(q);
      if (e != null && !e.text().isBlank()) {
        return e;
      }
    }
    return null;
  }
}
