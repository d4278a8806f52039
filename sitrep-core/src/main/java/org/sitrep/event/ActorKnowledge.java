package org.sitrep.event;

import java.util.Optional;
import org.sitrep.model.Actor;

/** What the event stage needs to know about actors beyond the mentions themselves. */
public interface ActorKnowledge {
  /** The state forces of a country (ISO2), e.g. the military for its government's violence. */
  Optional<Actor> forcesOf(String country);

  /** The government of a country (ISO2). */
  Optional<Actor> governmentOf(String country);

  /** Whether an actor is a generic agent ("soldiers", "warplanes") rather than a named party. */
  boolean isGeneric(Actor actor);

  /** The country (ISO2) a demonym names: "Russian" → RU. */
  Optional<String> countryOfDemonym(String word);
}
