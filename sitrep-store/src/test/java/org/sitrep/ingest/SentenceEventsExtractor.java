package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Counts;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.pipeline.EventExtractor;
import org.sitrep.text.Document;

/**
 * A stand-in extractor for store tests: every sentence "Fighting in TOWN killed N." is one battle
 * in that town on the publication day (towns far apart, from a fixed table), so store behaviour is
 * tested without depending on extraction quality.
 */
public final class SentenceEventsExtractor implements EventExtractor {
  private static final Pattern SENTENCE = Pattern.compile("Fighting in (\\p{Lu}\\p{L}+) killed (\\d+)\\.");
  private static final List<Location> TOWNS = List.of(
      new Location("Raqqa", 35.95283, 39.00788, 172955L, "SY", "Ar-Raqqah", "town"),
      new Location("Deir ez-Zor", 35.33588, 40.14084, 170794L, "SY", "Deir ez-Zor", "town"),
      new Location("Idlib", 35.93062, 36.63393, 169389L, "SY", "Idlib", "town"),
      new Location("Daraa", 32.61892, 36.10213, 170903L, "SY", "Daraa", "town"));

  @Override
  public List<EventRecord> extract(Document document) {
    List<EventRecord> events = new ArrayList<>();
    Matcher m = SENTENCE.matcher(document.text());
    while (m.find()) {
      Location town = TOWNS.stream().filter(t -> t.name().startsWith(m.group(1))).findFirst().orElse(TOWNS.get(0));
      String day = document.published() == null ? null : document.published().minusDays(1).toString();
      EventDate date = day == null ? EventDate.unknown() : new EventDate(day, day, "day");
      events.add(new EventRecord("e-" + events.size(), null, "Battles", "Armed clash", "actual", null, null, town,
          date, Integer.parseInt(m.group(2)), Counts.none(), List.of(), "reported",
          List.of(new Evidence(document.id(), m.start(), m.end(), m.group()))));
    }
    return events;
  }
}
