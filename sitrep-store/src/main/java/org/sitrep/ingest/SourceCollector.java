package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the sources named on the command line into items to read: files as they are, folders
 * recursively (sorted, hidden entries skipped), http(s) URLs fetched as feeds. Sources that cannot
 * be read, and files over the size limit, become skips with a reason.
 */
public final class SourceCollector {
  private final long maxFileBytes;
  private final HttpClient http;

  public SourceCollector(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** The files and URLs of every source, in order; skips reported to {@code skips}. */
  public List<String> expand(List<String> sources, Consumer<ReadOutcome.Skipped> skips) {
    List<String> items = new ArrayList<>();
    for (String source : sources) {
      if (isUrl(source)) {
        items.add(source);
        continue;
      }
      Path path = Path.of(source);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> !p.equals(path) && !isHidden(path.relativize(p)))
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(p -> items.add(p.toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
          skips.accept(new ReadOutcome.Skipped(source, "cannot list folder: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(path)) {
        items.add(source);
      } else {
        skips.accept(new ReadOutcome.Skipped(source, Files.exists(path) ? "not a regular file" : "no such file or folder"));
      }
    }
    return items;
  }

  /** Opens one expanded item: a file with its kind, or a fetched URL; or why it cannot be read. */
  public ReadOutcome.Skipped open(String source, Consumer<SourceItem> reader) {
    if (isUrl(source)) {
      return fetch(source, reader);
    }
    Path file = Path.of(source);
    try {
      long size = Files.size(file);
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(512);
      }
      SourceKind kind = SourceKind.of(file.getFileName().toString(), head);
      if (kind != SourceKind.WARC && size > maxFileBytes) {
        return new ReadOutcome.Skipped(source, "file too large (" + size + " bytes, limit " + maxFileBytes + ")");
      }
      reader.accept(new SourceItem(source, file, null, kind));
      return null;
    } catch (IOException e) {
      return new ReadOutcome.Skipped(source, "cannot read: " + e.getMessage());
    }
  }

  private ReadOutcome.Skipped fetch(String url, Consumer<SourceItem> reader) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .header("User-Agent", "sitrep/0.1 (+feed ingest)").GET().build();
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() / 100 != 2) {
          return new ReadOutcome.Skipped(url, "HTTP " + response.statusCode());
        }
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (body.length > maxFileBytes) {
          return new ReadOutcome.Skipped(url, "response larger than " + maxFileBytes + " bytes");
        }
        SourceKind sniffed = SourceKind.sniff(body);
        reader.accept(new SourceItem(url, null, body, sniffed == SourceKind.HTML ? SourceKind.HTML : SourceKind.FEED));
        return null;
      }
    } catch (IOException | IllegalArgumentException e) {
      return new ReadOutcome.Skipped(url, "cannot fetch: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ReadOutcome.Skipped(url, "fetch interrupted");
    }
  }

  private static boolean isUrl(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
