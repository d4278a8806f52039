package org.sitrep.event;

import java.util.List;
import java.util.Set;
import org.sitrep.geo.PlaceMention;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.EventType;
import org.sitrep.text.CharSpan;

/**
 * What one sentence says about one event, before reports of the same event in the document are
 * merged. {@code place} and {@code date} are the sentence's own (null when it gives none);
 * {@code contextPlace}/{@code contextDate} are what the surrounding item supplies instead.
 * {@code names} are participants' proper names and numbered nouns ("2:commander") used to tell
 * which earlier event a later sentence speaks of. A mention with {@code type} null carries only
 * a claim, denial or doubt about an earlier event. {@code partisanOnly} is true when every
 * source of the mention is a party to the conflict or partisan.
 */
public record EventMention(
    int segment,
    int sentence,
    CharSpan evidence,
    EventType type,
    int weight,
    boolean anaphoric,
    Actor actor1,
    Actor actor2,
    PlaceMention place,
    PlaceMention contextPlace,
    DateRange date,
    DateRange contextDate,
    List<CountClaim> counts,
    List<Attribution> attributions,
    String modality,
    Set<String> names,
    boolean partisanOnly) {
  public EventMention {
    counts = List.copyOf(counts);
    attributions = List.copyOf(attributions);
    names = Set.copyOf(names);
  }

  /** This mention with another context place (the place its surroundings supply). */
  public EventMention withContextPlace(PlaceMention p) {
    return new EventMention(segment, sentence, evidence, type, weight, anaphoric, actor1, actor2, place, p, date,
        contextDate, counts, attributions, modality, names, partisanOnly);
  }

  public boolean isDisputeOnly() {
    return type == null;
  }

  public boolean violent() {
    return type != null && type.isViolent();
  }
}
