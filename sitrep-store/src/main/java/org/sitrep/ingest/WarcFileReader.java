package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.Channels;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file (jwarc): each HTML response record is one page, read as {@link HtmlPageReader} reads
 * pages, with the record's target URI as its URL. Other records are passed over silently; a
 * damaged record ends the file with a reason, keeping every page read before it.
 */
public final class WarcFileReader implements SourceReader {
  private final long maxRecordBytes;

  public WarcFileReader(long maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public void read(SourceItem item, Consumer<ReadOutcome> sink) {
    int n = 0;
    try (ReadableByteChannel channel = item.file() != null
            ? FileChannel.open(item.file(), StandardOpenOption.READ)
            : Channels.newChannel(item.open());
        WarcReader reader = new WarcReader(channel)) {
      for (WarcRecord record : reader) {
        n++;
        if (record instanceof WarcResponse response) {
          readResponse(response, item.origin() + " record " + n, sink);
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(new ReadOutcome.Skipped(item.origin() + (n > 0 ? " after record " + n : ""),
          "not a readable WARC file: " + e.getMessage()));
    }
  }

  private void readResponse(WarcResponse response, String origin, Consumer<ReadOutcome> sink) throws IOException {
    String url = response.target();
    MediaType type;
    try {
      type = response.payloadType();
    } catch (IllegalArgumentException e) {
      return;
    }
    if (!type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
      return;
    }
    var payload = response.payload();
    if (payload.isEmpty()) {
      sink.accept(new ReadOutcome.Skipped(origin + " " + url, "HTML response has no payload"));
      return;
    }
    if (payload.get().body().size() > maxRecordBytes) {
      sink.accept(new ReadOutcome.Skipped(origin + " " + url, "page larger than " + maxRecordBytes + " bytes"));
      return;
    }
    String charset = type.parameters().get("charset");
    try (InputStream in = payload.get().body().stream()) {
      sink.accept(HtmlPageReader.parse(in, charset, url, origin + " " + url));
    }
  }
}
