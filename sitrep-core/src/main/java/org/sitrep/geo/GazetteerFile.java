package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Sitrep's compact gazetteer format: gzip'd UTF-8, {@code #} comment lines (source and licence),
 * then one tab-separated entry a line: geonames id (empty when none), name, lat, lon, feature
 * code, country ISO2, admin1 English name (empty when unknown), population, name keys joined by
 * {@code |}.
 */
public final class GazetteerFile {
  static final String MAGIC = "# sitrep-gazetteer 1";

  private GazetteerFile() {}

  public static void write(Path file, List<String> header, Iterable<GazetteerEntry> entries) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        w.write(MAGIC + "\n");
        for (String line : header) {
          w.write("# " + line + "\n");
        }
        for (GazetteerEntry e : entries) {
          w.write(e.geonamesId() == null ? "" : e.geonamesId().toString());
          w.write('\t');
          w.write(clean(e.name()));
          w.write('\t');
          w.write(String.format(Locale.ROOT, "%.5f\t%.5f", e.lat(), e.lon()));
          w.write('\t');
          w.write(e.feature());
          w.write('\t');
          w.write(e.country());
          w.write('\t');
          w.write(e.admin1() == null ? "" : clean(e.admin1()));
          w.write('\t');
          w.write(Long.toString(e.population()));
          w.write('\t');
          w.write(String.join("|", e.keys()));
          w.write('\n');
        }
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write gazetteer " + file + ": " + ex.getMessage(), ex);
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('|', ' ');
  }

  /** Streams the entries of a gazetteer file; {@code source} names it in errors. */
  public static void read(InputStream gz, String source, Consumer<GazetteerEntry> sink) {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      String first = r.readLine();
      if (!MAGIC.equals(first)) {
        throw new IllegalArgumentException(source + ": not a Sitrep gazetteer file");
      }
      String line;
      int lineNo = 1;
      String[] f = new String[9];
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("#")) {
          continue;
        }
        if (split(line, f) != 9) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": expected 9 columns");
        }
        try {
          sink.accept(
              new GazetteerEntry(
                  f[0].isEmpty() ? null : Long.valueOf(f[0]),
                  f[1],
                  Double.parseDouble(f[2]),
                  Double.parseDouble(f[3]),
                  f[4].intern(),
                  f[5].intern(),
                  f[6].isEmpty() ? null : f[6].intern(),
                  Long.parseLong(f[7]),
                  f[8].isEmpty() ? List.of() : Arrays.asList(f[8].split("\\|"))));
        } catch (NumberFormatException ex) {
          throw new IllegalArgumentException(source + ":" + lineNo + ": bad number " + ex.getMessage());
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read gazetteer " + source + ": " + ex.getMessage(), ex);
    }
  }

  static List<GazetteerEntry> readAll(Path file) {
    List<GazetteerEntry> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      read(in, file.toString(), out::add);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read gazetteer " + file + ": " + ex.getMessage(), ex);
    }
    return out;
  }

  private static int split(String line, String[] out) {
    int n = 0;
    int start = 0;
    while (n < out.length) {
      int tab = line.indexOf('\t', start);
      if (tab < 0) {
        out[n++] = line.substring(start);
        return n;
      }
      out[n++] = line.substring(start, tab);
      start = tab + 1;
    }
    return n + 1;
  }
}
