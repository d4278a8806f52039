package org.sitrep.eval;

import org.sitrep.geo.Geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Location;

/**
 * Which Syrian governorate (as FA-KES labels it) a location lies in: by its {@code admin1} name
 * when it has one, else by the nearest governorate capital to its coordinates (an approximation
 * near borders), else by its name if that is a governorate's. A location in another country lies
 * in none, and so does a place of precision "country". Data: {@code syrian-governorates.tsv} beside this class, loaded once. Thread-safe.
 */
public final class SyrianGovernorates {
  private static final String RESOURCE = "syrian-governorates.tsv";

  private record Capital(String label, double lat, double lon) {}

  private final List<Capital> capitals = new ArrayList<>();
  private final Map<String, String> labelByName = new HashMap<>();

  private SyrianGovernorates() {}

  private static final class Holder {
    static final SyrianGovernorates INSTANCE = load();
  }

  public static SyrianGovernorates get() {
    return Holder.INSTANCE;
  }

  public Optional<String> governorateOf(Location location) {
    if (location == null) {
      return Optional.empty();
    }
    if (location.country() != null && !location.country().equals("SY")) {
      return Optional.empty();
    }
    // A country-level place ("Syria") names no governorate, whatever its centroid is nearest to.
    if ("country".equals(location.precision())) {
      return Optional.empty();
    }
    if (location.admin1() != null) {
      Optional<String> byAdmin1 = byName(location.admin1());
      if (byAdmin1.isPresent()) {
        return byAdmin1;
      }
    }
    if (location.lat() != null && location.lon() != null) {
      return Optional.of(nearestCapital(location.lat(), location.lon()));
    }
    return location.name() == null ? Optional.empty() : byName(location.name());
  }

  public Optional<String> byName(String name) {
    return Optional.ofNullable(labelByName.get(key(name)));
  }

  String nearestCapital(double lat, double lon) {
    Capital best = capitals.get(0);
    for (Capital c : capitals) {
      if (Geo.km(lat, lon, c.lat, c.lon) < Geo.km(lat, lon, best.lat, best.lon)) {
        best = c;
      }
    }
    return best.label;
  }

  /** Lower case, no accents, letters and digits only: "Deir ez-Zor" and "deir ezzor" agree. */
  static String key(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static SyrianGovernorates load() {
    SyrianGovernorates g = new SyrianGovernorates();
    try (InputStream in = SyrianGovernorates.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 5) {
          throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected 5 tab-separated columns");
        }
        String label = cols[0].strip();
        g.capitals.add(new Capital(label, Double.parseDouble(cols[2]), Double.parseDouble(cols[3])));
        g.labelByName.put(key(label), label);
        for (String name : cols[4].split("\\|")) {
          g.labelByName.put(key(name), label);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(RESOURCE + ": bad coordinate: " + e.getMessage(), e);
    }
    if (g.capitals.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has no entries");
    }
    return g;
  }
}
