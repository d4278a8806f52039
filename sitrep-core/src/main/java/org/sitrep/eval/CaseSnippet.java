package org.sitrep.eval;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.EventType;
import org.sitrep.text.Document;

/** One CASE-2021 task-2 snippet and its label (an ACLED sub-type code or one of five others). */
public record CaseSnippet(String id, String text, String label) {
  public CaseSnippet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
  }

  /** The ACLED sub-type the label names; empty for DIPLO, ATTRIB and the other non-ACLED labels. */
  public Optional<EventType> acledType() {
    return EventType.byCode(label);
  }

  /** Snippets carry no date: relative dates stay unresolved. */
  public Document document() {
    return Document.of("case-" + id, null, text);
  }
}
