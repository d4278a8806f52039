package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Representative points from boundaries, on small hand-made GeoJSON. */
class BoundaryPointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void centroidOfTheLargestPolygonIgnoresSmallOutlyingParts() throws Exception {
    JsonNode geometry = JSON.readTree("""
        {"type": "MultiPolygon", "coordinates": [
          [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]],
          [[[50, 50], [51, 50], [51, 51], [50, 51], [50, 50]]]
        ]}""");
    double[] c = BoundaryPoints.largestPolygonCentroid(geometry, Path.of("test.json"));
    assertThat(c[0]).isCloseTo(1.0, within(1e-9));
    assertThat(c[1]).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void readsCountriesAndDivisionsByIsoCode(@TempDir Path dir) throws Exception {
    Path countries = Files.createDirectory(dir.resolve("countries"));
    Files.writeString(countries.resolve("ZZ.json"), """
        {"type": "Feature", "properties": {"country_a2": "ZZ"},
         "geometry": {"type": "Polygon", "coordinates": [[[10, 20], [12, 20], [12, 24], [10, 24], [10, 20]]]}}""");
    Files.writeString(countries.resolve("ZZ-simplified.json"), "not read");
    Path admin1 = dir.resolve("admin1.json");
    Files.writeString(admin1, """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"iso_3166_2": "ZZ-AB", "name": "Abba"},
           "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}}
        ]}""");
    Map<String, double[]> c = BoundaryPoints.countries(countries);
    assertThat(c).containsOnlyKeys("ZZ");
    assertThat(c.get("ZZ")[0]).isCloseTo(22.0, within(1e-9));
    assertThat(c.get("ZZ")[1]).isCloseTo(11.0, within(1e-9));
    Map<String, double[]> d = BoundaryPoints.admin1(admin1);
    assertThat(d.get("ZZ-AB")[0]).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void countryPointIsMidwayUnlessTheTwoAreFarApart() {
    double[] mid = BundledGazetteerBuilder.countryPoint(38.0, -97.0, new double[] {39.5, -99.1});
    assertThat(mid[0]).isCloseTo(38.75, within(1e-9));
    assertThat(mid[1]).isCloseTo(-98.05, within(1e-9));
    double[] kept = BundledGazetteerBuilder.countryPoint(60.0, -113.0, new double[] {58.0, -102.0});
    assertThat(kept).containsExactly(60.0, -113.0);
    assertThat(BundledGazetteerBuilder.countryPoint(1.0, 2.0, null)).containsExactly(1.0, 2.0);
  }
}
