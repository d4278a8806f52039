package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.sitrep.text.Document;

/**
 * One HTML page: main text extracted with jsoup, title, date and outlet from the page's metadata.
 * The charset comes from the BOM, the HTTP header or the page's meta tag (jsoup's rules).
 */
public final class HtmlPageReader implements SourceReader {
  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    try (InputStream in = item.open()) {
      // A fetched page's URL is its origin; a file's URL comes from the page's metadata only.
      sink.accept(parse(in, null, item.file() == null ? item.origin() : null, item.origin()));
    } catch (IOException e) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "cannot read HTML: " + e.getMessage()));
    }
  }

  /** Parses a page; {@code charset} may be null (detect), {@code url} null when unknown. */
  static ReadOutcome parse(InputStream in, String charset, String url, String origin) throws IOException {
    byte[] head = in.readNBytes(8192);
    for (byte b : head) {
      if (b == 0) {
        return new ReadOutcome.Skipped(origin, "binary content, not an HTML page");
      }
    }
    InputStream whole = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
    org.jsoup.nodes.Document page = Jsoup.parse(whole, charset, url == null ? "" : url);
    String pageUrl = HtmlText.url(page, url);
    String title = HtmlText.title(page);
    String outlet = HtmlText.outlet(page, pageUrl);
    var published = HtmlText.published(page);
    String text = HtmlText.mainText(page);
    if (text.isBlank()) {
      return new ReadOutcome.Skipped(origin, "HTML page has no main text");
    }
    if (looksMisdecoded(text)) {
      return new ReadOutcome.Skipped(origin, "HTML text is not decodable (wrong or missing charset)");
    }
    return new ReadOutcome.Read(new Document(ContentHash.documentId(text), published, title, pageUrl, outlet, text),
        origin);
  }

  /** Mostly replacement characters: the mark of a page decoded with the wrong charset. */
  private static boolean looksMisdecoded(String text) {
    long bad = text.chars().filter(ch -> ch == '\uFFFD').count();
    return bad > 0 && bad * 100 > text.length();
  }
}
