package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.sitrep.digest.DailyDigest;
import org.sitrep.digest.DigestBuilder;
import org.sitrep.digest.DigestRequest;
import org.sitrep.digest.HtmlDigestWriter;
import org.sitrep.digest.MarkdownDigestWriter;
import org.sitrep.server.web.StoreLinkedEvents;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep digest}: the daily situation report for one day, from the stored record. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Write the daily sitrep for one day (and region) from the event record.")
final class DigestCommand implements Callable<Integer> {
  enum Format { md, html }

  @Spec CommandSpec spec;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day to report.")
  LocalDate date;

  @Option(names = "--region", paramLabel = "ISO2|ADMIN1",
      description = "A country code (SY) or a first-level division as stored (North Darfur).")
  String region;

  @Option(names = "--format", defaultValue = "md", paramLabel = "md|html", description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--db", defaultValue = "sitrep.db", paramLabel = "FILE|URL",
      description = "SQLite file or postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    DailyDigest digest;
    try (EventStore store = EventStores.open(db, Clock.systemUTC())) {
      digest = new DigestBuilder().build(new StoreLinkedEvents(store).overlapping(date, date),
          DigestRequest.of(date, region == null || region.isBlank() ? null : region.trim()));
    }
    String text = format == Format.html ? new HtmlDigestWriter().write(digest) : new MarkdownDigestWriter().write(digest);
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
    return 0;
  }
}
