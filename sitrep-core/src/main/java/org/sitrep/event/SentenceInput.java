package org.sitrep.event;

import java.util.List;
import org.sitrep.actor.ActorMention;
import org.sitrep.geo.PlaceMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.quantity.CasualtyMention;
import org.sitrep.time.TimeMention;

/** One parsed sentence of a segment with the mentions the earlier stages found in it. */
public record SentenceInput(
    int segment,
    Sentence sentence,
    List<ActorMention> actors,
    List<PlaceMention> places,
    List<TimeMention> times,
    List<CasualtyMention> casualties) {
  public SentenceInput {
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    times = List.copyOf(times);
    casualties = List.copyOf(casualties);
  }
}
