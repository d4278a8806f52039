package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.Counts;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.store.StoredDocument;
import org.sitrep.text.Document;

/**
 * Deterministic synthetic reports for the store benchmark: documents of a few sentences, each one
 * event in a random town on a random day over four years; a share of events repeat an earlier one
 * from another outlet (with another casualty figure) so linking has real work to do.
 */
final class SyntheticReports {
  static final String[] LANDMARKS = {"market", "bridge", "school", "hospital", "checkpoint", "airport", "mosque", "bakery"};
  private static final String[] KINDS = {"state_forces", "rebel_group", "political_militia", "identity_militia", "civilians"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  static final int DAYS = 1461;

  private final SplittableRandom random;
  private final double repeatShare;
  private final List<Location> towns = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final EventRecord[] recent = new EventRecord[4096];
  private long made;
  private int docs;

  SyntheticReports(long seed, double repeatShare) {
    this.random = new SplittableRandom(seed);
    this.repeatShare = repeatShare;
    for (int i = 0; i < 3000; i++) {
      towns.add(new Location(String.format(Locale.ROOT, "Town %04d", i), 12 + random.nextDouble() * 26,
          35 + random.nextDouble() * 13, null, "SY", "Province " + (i % 14), "town"));
    }
    for (int i = 0; i < 60; i++) {
      actors.add(new Actor(String.format(Locale.ROOT, "Armed Group %02d", i), KINDS[i % KINDS.length], "SY"));
    }
  }

  List<Location> towns() {
    return towns;
  }

  List<Actor> actors() {
    return actors;
  }

  /** The next document and its events. */
  Batch next(int eventsPerDoc) {
    String id = "bench-" + docs++;
    String outlet = "Outlet " + random.nextInt(30);
    List<String> sentences = new ArrayList<>();
    List<EventRecord> shapes = new ArrayList<>();
    for (int i = 0; i < eventsPerDoc; i++) {
      EventRecord shape = made > recent.length && random.nextDouble() < repeatShare
          ? recent[random.nextInt(recent.length)]
          : fresh();
      recent[(int) (made++ % recent.length)] = shape;
      shapes.add(shape);
      sentences.add(String.format(Locale.ROOT, "%s near the %s in %s on %s: %d killed, %s said (report %d).",
          shape.subtype(), LANDMARKS[random.nextInt(LANDMARKS.length)], shape.location().name(), shape.date().start(),
          shape.fatalities(), outlet, made));
    }
    String text = String.join(" ", sentences);
    Document doc = new Document(id, LocalDate.parse(shapes.get(0).date().start()).plusDays(1), "Daily report " + id,
        null, outlet, text);
    List<EventRecord> events = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < shapes.size(); i++) {
      String s = sentences.get(i);
      EventRecord shape = shapes.get(i);
      int fatalities = Math.max(0, shape.fatalities() + random.nextInt(5) - 2);
      events.add(new EventRecord("e-" + i, null, shape.type(), shape.subtype(), "actual", shape.actor1(),
          shape.actor2(), shape.location(), shape.date(), fatalities,
          new Counts(List.of(new Count("unknown", fatalities)), List.of(), List.of(), List.of()), List.of(),
          "reported", List.of(new Evidence(id, offset, offset + s.length(), s))));
      offset += s.length() + 1;
    }
    return new Batch(new StoredDocument(doc, ContentHash.of(text), "synthetic"), events);
  }

  private EventRecord fresh() {
    EventType[] types = EventType.values();
    EventType type = types[random.nextInt(types.length)];
    String day = FIRST_DAY.plusDays(random.nextInt(DAYS)).toString();
    Actor a1 = actors.get(random.nextInt(actors.size()));
    Actor a2 = random.nextInt(3) == 0 ? null : actors.get(random.nextInt(actors.size()));
    return new EventRecord("shape", null, type.type(), type.subtype(), "actual", a1, a2,
        towns.get(random.nextInt(towns.size())), new EventDate(day, day, "day"), random.nextInt(40), Counts.none(),
        List.of(), "reported", List.of(new Evidence("shape", 0, 0, "")));
  }

  record Batch(StoredDocument document, List<EventRecord> events) {}
}
