package org.sitrep.model;

import java.util.Objects;

/**
 * An actor as the output contract shows it: canonical dictionary name, kind, ISO country or null.
 * {@code kind} is one of {@link ActorKind}'s wire names.
 */
public record Actor(String name, String kind, String country) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    ActorKind.fromWire(kind);
  }
}
