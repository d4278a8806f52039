package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.sitrep.text.Document;

/**
 * An RSS or Atom feed (Rome): one document per item, its text from the item's content or else its
 * description (HTML reduced to plain text), title and link from the item, the outlet from the
 * feed's title, the publication day in UTC. Doctypes are refused (no external entities).
 */
public final class FeedReader implements SourceReader {
  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    SyndFeed feed;
    try (InputStream in = item.open()) {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(in));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.accept(new ReadOutcome.Skipped(item.origin(), "not an RSS/Atom feed: " + firstLine(e.getMessage())));
      return;
    }
    String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String origin = item.origin() + " item " + (i + 1);
      String text = text(entry);
      if (text.isBlank()) {
        sink.accept(new ReadOutcome.Skipped(origin, "feed item has no text"));
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      LocalDate published = date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
      String title = entry.getTitle() == null ? null : entry.getTitle().strip();
      String link = entry.getLink() == null || entry.getLink().isBlank() ? null : entry.getLink().strip();
      sink.accept(new ReadOutcome.Read(new Document(ContentHash.documentId(text), published, title, link, outlet, text),
          origin));
    }
  }

  private static String text(SyndEntry entry) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      html.append(entry.getDescription().getValue());
    }
    return HtmlText.mainText(Jsoup.parseBodyFragment(html.toString()));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
