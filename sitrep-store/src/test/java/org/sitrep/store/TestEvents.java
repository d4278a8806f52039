package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.Count;
import org.sitrep.model.Counts;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventRecord;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.text.Document;

/** Builds event records for store tests with evidence that really lies in the document text. */
public final class TestEvents {
  private TestEvents() {}

  public static final Actor SDF = new Actor("Syrian Democratic Forces", "rebel_group", "SY");
  public static final Actor IS = new Actor("Islamic State", "rebel_group", null);

  public static Location town(String name, double lat, double lon) {
    return new Location(name, lat, lon, null, "SY", "Ar-Raqqah", "town");
  }

  public static EventRecord event(Document doc, String sentence, String type, String subtype, Actor a1, Actor a2,
      Location loc, String day, Integer killed, String claimant, String status) {
    int start = doc.text().indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("sentence not in document " + doc.id() + ": " + sentence);
    }
    List<Count> killedCounts = killed == null ? List.of() : List.of(new Count(a2 == null ? "unknown" : a2.name(), killed));
    return new EventRecord("e-" + Integer.toHexString(sentence.hashCode()), null, type, subtype, "actual", a1, a2, loc,
        new EventDate(day, day, "day"), killed, new Counts(killedCounts, List.of(), List.of(), List.of()),
        claimant == null ? List.of() : List.of(new Attribution(claimant, "said", "claimed")), status,
        List.of(new Evidence(doc.id(), start, start + sentence.length(), sentence)));
  }
}
