package org.sitrep.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Actor;

/**
 * What earlier sentences of the same item tell a later one: the last place and time named, the
 * last subject (for pronouns), and where each actor's last event happened. One per document and
 * thread; reset at each new segment because roundup items are independent stories.
 */
public final class DocumentContext {
  private final LocalDate published;
  private final String outlet;
  private int segment = -1;
  private PlaceMention lastPlace;
  private DateRange lastDate;
  private Actor lastSubject;
  private final Map<String, PlaceMention> placeByActor = new HashMap<>();

  public DocumentContext(LocalDate published, String outlet) {
    this.published = published;
    this.outlet = outlet;
  }

  public LocalDate published() {
    return published;
  }

  /** The name under which the outlet's own voice is recorded when it doubts a report. */
  public String outletVoice() {
    return outlet != null ? outlet : "report";
  }

  public void enterSegment(int index) {
    if (index != segment) {
      segment = index;
      lastPlace = null;
      lastDate = null;
      lastSubject = null;
      placeByActor.clear();
    }
  }

  /**
   * "Elsewhere, …", "In a separate incident, …": the sentence turns to another incident, which
   * takes neither the place nor the date of what came before it in the item.
   */
  public void turnToAnotherIncident() {
    lastPlace = null;
    lastDate = null;
    placeByActor.clear();
  }

  public PlaceMention lastPlace() {
    return lastPlace;
  }

  public DateRange lastDate() {
    return lastDate;
  }

  public Actor lastSubject() {
    return lastSubject;
  }

  public PlaceMention placeOf(Actor actor) {
    return actor == null ? null : placeByActor.get(actor.name());
  }

  void notePlace(PlaceMention p) {
    if (p != null && p.place() != null) {
      lastPlace = p;
    }
  }

  void noteDate(DateRange d) {
    if (d != null && d.start() != null) {
      lastDate = d;
    }
  }

  void noteSubject(Actor a) {
    if (a != null) {
      lastSubject = a;
    }
  }

  void noteEventPlace(Actor actor, PlaceMention p) {
    if (actor != null && p != null && p.place() != null) {
      placeByActor.put(actor.name(), p);
    }
  }
}
