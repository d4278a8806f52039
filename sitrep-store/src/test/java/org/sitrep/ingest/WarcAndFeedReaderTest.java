package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcAndFeedReaderTest {
  @TempDir Path tmp;

  @Test
  void readsHtmlResponsesOfAWarcFileAndPassesOverTheRest() throws IOException {
    Path warc = tmp.resolve("crawl.warc");
    try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
      writer.write(response("https://news.example/a", "text/html; charset=utf-8",
          "<html><head><title>Strike</title><meta name=\"date\" content=\"2017-06-18\"></head>"
              + "<body><article><p>An air strike hit a market.</p></article></body></html>"));
      writer.write(response("https://news.example/logo.png", "image/png", "\u0089PNG"));
      writer.write(response("https://news.example/b", "text/html", "<html><body><main><p>Talks resumed in Geneva.</p></main></body></html>"));
    }
    List<ReadOutcome> out = new ArrayList<>();
    new WarcFileReader(1 << 20).read(new SourceItem(warc.toString(), warc, null, SourceKind.WARC), out::add);

    assertThat(out).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Read);
    var first = ((ReadOutcome.Read) out.get(0)).document();
    assertThat(first.text()).isEqualTo("An air strike hit a market.");
    assertThat(first.url()).isEqualTo("https://news.example/a");
    assertThat(first.outlet()).isEqualTo("news.example");
    assertThat(first.published()).isEqualTo(LocalDate.of(2017, 6, 18));
    assertThat(((ReadOutcome.Read) out.get(1)).document().text()).isEqualTo("Talks resumed in Geneva.");
  }

  @Test
  void readsAtomEntriesWithContent() throws IOException {
    byte[] atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Crisis Desk</title><id>urn:x</id><updated>2017-06-18T00:00:00Z</updated>
        <entry><title>Convoy</title><id>urn:1</id><link href="https://desk.example/1"/><published>2017-06-17T23:30:00Z</published>
        <updated>2017-06-18T01:00:00Z</updated><content type="html">&lt;p&gt;An aid convoy reached Madaya.&lt;/p&gt;&lt;p&gt;It carried food.&lt;/p&gt;</content></entry>
        </feed>""".getBytes(StandardCharsets.UTF_8);
    List<ReadOutcome> out = new ArrayList<>();
    new FeedReader().read(new SourceItem("desk.atom", null, atom, SourceKind.FEED), out::add);
    assertThat(out).singleElement().isInstanceOfSatisfying(ReadOutcome.Read.class, r -> {
      assertThat(r.document().text()).isEqualTo("An aid convoy reached Madaya.\n\nIt carried food.");
      assertThat(r.document().outlet()).isEqualTo("Crisis Desk");
      assertThat(r.document().title()).isEqualTo("Convoy");
      assertThat(r.document().url()).isEqualTo("https://desk.example/1");
      assertThat(r.document().published()).as("publication day in UTC").isEqualTo(LocalDate.of(2017, 6, 17));
    });
  }

  private static WarcResponse response(String url, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), bytes).build();
    return new WarcResponse.Builder(url).date(Instant.parse("2017-06-18T10:00:00Z")).body(http).build();
  }
}
