package org.sitrep.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, with their media types. */
public enum ExportFormat {
  CSV("text/csv; charset=utf-8", "csv"),
  GEOJSON("application/geo+json", "geojson"),
  JSONL("application/x-ndjson", "jsonl");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public static ExportFormat parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("format must be one of "
          + Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", ")) + ": " + name);
    }
  }

  /** A writer of this format onto {@code out}; closing it finishes the document, not the stream. */
  public EventWriter writer(OutputStream out) {
    return switch (this) {
      case CSV -> new AcledCsvWriter(out);
      case GEOJSON -> new GeoJsonWriter(out);
      case JSONL -> new JsonlWriter(out);
    };
  }
}
