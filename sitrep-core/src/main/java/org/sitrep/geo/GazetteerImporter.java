package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads GeoNames dumps (plain or zipped: allCountries, a country file, cities500) and
 * admin1CodesASCII.txt, and turns their rows into gazetteer entries. Shared by the bundled build
 * ({@link BundledGazetteerBuilder}) and {@code sitrep gazetteer import}.
 */
public final class GazetteerImporter {
  private static final int MAX_NAME_LENGTH = 60;

  /** Summary of an import, for the command's report. */
  public record Result(int entriesWritten, int rowsSkipped, int dumpRows) {}

  private GazetteerImporter() {}

  /**
   * Streams the rows of a dump; bad lines are reported to {@code badLine} as "file:line: reason"
   * and skipped.
   */
  public static void readDump(Path dump, Consumer<GeoNamesRow> sink, Consumer<String> badLine) {
    try (InputStream in = Files.newInputStream(dump)) {
      if (dump.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
          String n = e.getName();
          if (!e.isDirectory() && n.endsWith(".txt") && !n.toLowerCase(java.util.Locale.ROOT).startsWith("readme")) {
            readLines(zip, dump + "!" + n, sink, badLine);
          }
        }
      } else {
        readLines(in, dump.toString(), sink, badLine);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read GeoNames dump " + dump + ": " + ex.getMessage(), ex);
    }
  }

  private static void readLines(
      InputStream in, String source, Consumer<GeoNamesRow> sink, Consumer<String> badLine)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      GeoNamesRow row;
      try {
        row = GeoNamesRow.parse(line);
      } catch (IllegalArgumentException ex) {
        badLine.accept(source + ":" + lineNo + ": " + ex.getMessage());
        continue;
      }
      sink.accept(row);
    }
  }

  /** admin1CodesASCII.txt: "CC.code" → English (ASCII) name. */
  public static Map<String, String> readAdmin1Codes(Path file) {
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3 || !f[0].contains(".")) {
          throw new IllegalArgumentException(
              file + ":" + lineNo + ": expected 'CC.code<TAB>name<TAB>asciiname<TAB>id'");
        }
        out.put(f[0], f[2].isEmpty() ? f[1] : f[2]);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
    }
    return out;
  }

  /** Whether a GeoNames feature is worth a gazetteer entry: populated places and divisions. */
  public static boolean wanted(GeoNamesRow row) {
    String c = row.featureCode();
    if (c.endsWith("H") || c.equals("PPLQ") || c.equals("PPLW")) {
      return false; // historical, abandoned or destroyed
    }
    if (row.featureClass().equals("P")) {
      return true;
    }
    return row.featureClass().equals("A")
        && (c.startsWith("ADM1") || c.startsWith("ADM2") || c.startsWith("ADM3")
            || c.startsWith("PCL") || c.equals("ADMD") || c.equals("TERR"));
  }

  /** Name keys of a row: its name, ASCII name and the alternate names that English text can use. */
  public static List<String> keysOf(GeoNamesRow row) {
    Set<String> keys = new LinkedHashSet<>();
    addKey(keys, row.name());
    addKey(keys, row.asciiName());
    if (!row.alternateNames().isEmpty()) {
      for (String alt : row.alternateNames().split(",")) {
        if (usableAlternate(alt)) {
          addKey(keys, alt);
        }
      }
    }
    if (row.featureCode().startsWith("ADM")) {
      for (String k : List.copyOf(keys)) {
        keys.addAll(DivisionDirections.englishKeys(k)); // "Nord-Kivu" is "North Kivu" in English copy
      }
    }
    return new ArrayList<>(keys);
  }

  static void addKey(Set<String> keys, String name) {
    String k = NameKeys.key(name);
    if (!k.isEmpty()) {
      keys.add(k);
    }
  }

  /**
   * Alternate names kept: Latin script, capitalised like a proper name (GeoNames also lists
   * lower-case romanisations of foreign-script names, which English text never uses), not a code
   * (airport codes like "DEZ" would turn acronyms into places), not a sentence.
   */
  static boolean usableAlternate(String alt) {
    if (alt.isEmpty() || alt.length() > MAX_NAME_LENGTH || !NameKeys.isLatin(alt)) {
      return false;
    }
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < alt.length(); i++) {
      char c = alt.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return upper && lower;
  }

  /**
   * Writes a gazetteer built from GeoNames dumps (plus, when given, the bundled entries, which
   * the dump's rows replace by GeoNames id). {@code admin1Names} maps "CC.code" to English names;
   * when empty, the dumps' own ADM1 rows name the divisions.
   */
  public static Result importDumps(
      List<Path> dumps,
      Map<String, String> admin1Names,
      List<GazetteerEntry> base,
      Path output,
      Consumer<String> badLine) {
    Map<String, String> names = new HashMap<>(admin1Names);
    if (names.isEmpty()) {
      for (Path dump : dumps) {
        readDump(
            dump,
            row -> {
              if (row.featureCode().equals("ADM1")) {
                names.put(row.country() + "." + row.admin1Code(), row.name());
              }
            },
            s -> {});
      }
    }
    Map<Long, GazetteerEntry> byId = new LinkedHashMap<>();
    List<GazetteerEntry> withoutId = new ArrayList<>();
    for (GazetteerEntry e : base) {
      if (e.geonamesId() == null) {
        withoutId.add(e);
      } else {
        byId.put(e.geonamesId(), e);
      }
    }
    int[] counts = new int[2];
    for (Path dump : dumps) {
      readDump(
          dump,
          row -> {
            counts[0]++;
            if (!wanted(row)) {
              counts[1]++;
              return;
            }
            String admin1 = names.get(row.country() + "." + row.admin1Code());
            byId.put(row.id(), entryOf(row, admin1));
          },
          s -> {
            counts[1]++;
            badLine.accept(s);
          });
    }
    List<GazetteerEntry> all = new ArrayList<>(withoutId);
    all.addAll(byId.values());
    GazetteerFile.write(
        output,
        List.of(
            "Built by 'sitrep gazetteer import' from GeoNames data (https://www.geonames.org/),",
            "licensed CC BY 4.0: " + dumps),
        all);
    return new Result(all.size(), counts[1], counts[0]);
  }

  static GazetteerEntry entryOf(GeoNamesRow row, String admin1Name) {
    return new GazetteerEntry(
        row.id(),
        row.name(),
        row.lat(),
        row.lon(),
        row.featureCode().isEmpty() ? "PPL" : row.featureCode(),
        row.country(),
        row.featureCode().equals("ADM1") ? row.name() : admin1Name,
        row.population(),
        keysOf(row));
  }
}
