package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by query, export and the API. */
final class FilterOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
  LocalDate to;

  @Option(names = "--type", description = "event type, e.g. Battles")
  String type;

  @Option(names = "--subtype", description = "sub-event type, e.g. 'Armed clash'")
  String subtype;

  @Option(names = "--actor", description = "actor 1 or 2 by name")
  String actor;

  @Option(names = "--place", description = "place name, admin1 or ISO country code")
  String place;

  @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", description = "bounding box")
  String bbox;

  @Option(names = "--status", description = "reported, claimed or disputed")
  String status;

  @Option(names = {"-q", "--text"}, description = "full-text search")
  String text;

  EventQuery query(int page, int size) {
    return new EventQuery(from, to, type, subtype, actor, place,
        bbox == null ? null : EventQuery.BoundingBox.parse(bbox), status, text, page, size);
  }
}
