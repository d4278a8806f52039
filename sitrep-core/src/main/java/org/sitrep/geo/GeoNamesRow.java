package org.sitrep.geo;

/**
 * One line of a GeoNames dump in the standard 19-column layout (allCountries.txt, a country file
 * such as SY.txt, cities500.txt). Only the columns Sitrep uses are kept.
 */
public record GeoNamesRow(
    long id,
    String name,
    String asciiName,
    String alternateNames,
    double lat,
    double lon,
    String featureClass,
    String featureCode,
    String country,
    String admin1Code,
    String admin2Code,
    long population) {

  /** Parses a line; throws IllegalArgumentException with the reason when it is not a row. */
  public static GeoNamesRow parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 15) {
      throw new IllegalArgumentException("expected 19 tab-separated GeoNames columns, got " + f.length);
    }
    try {
      return new GeoNamesRow(
          Long.parseLong(f[0]),
          f[1],
          f[2],
          f[3],
          Double.parseDouble(f[4]),
          Double.parseDouble(f[5]),
          f[6],
          f[7],
          f[8],
          f[10],
          f[11],
          f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("bad number in GeoNames row: " + ex.getMessage());
    }
  }
}
