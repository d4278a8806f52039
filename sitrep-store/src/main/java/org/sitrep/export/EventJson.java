package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.Json;
import org.sitrep.store.StoredEvent;

/**
 * The JSON item of a linked event shared by the API and the exports: the merged record in
 * SCHEMA.md's shape ({@code id} = linked event id) plus {@code sources} and
 * {@code independent_sources}.
 */
public final class EventJson {
  private EventJson() {}

  public static ObjectNode item(StoredEvent e) {
    ObjectNode node = Json.MAPPER.valueToTree(e.event());
    node.put("sources", e.sources());
    node.put("independent_sources", e.independentSources());
    return node;
  }
}
