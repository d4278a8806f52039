package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

@JsonPropertyOrder({"killed", "wounded", "captured", "affected"})
public record Counts(List<Count> killed, List<Count> wounded, List<Count> captured, List<Count> affected) {
  public Counts {
    killed = List.copyOf(killed);
    wounded = List.copyOf(wounded);
    captured = List.copyOf(captured);
    affected = List.copyOf(affected);
  }

  public static Counts none() {
    return new Counts(List.of(), List.of(), List.of(), List.of());
  }
}
