package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.io.EventJsonl;
import org.sitrep.io.JsonLines;
import org.sitrep.io.JsonLines.BadLineException;
import org.sitrep.model.EventRecord;

/** Reads {@code gold/*.events.jsonl}: event records plus gold_id, optional, type_alt, aliases, radius_km. */
public final class GoldEventJsonl {
  private GoldEventJsonl() {}

  public static JsonLines.Result<GoldEvent> read(Path file) {
    return JsonLines.read(file, "gold event", EventJsonl.MAX_LINE_BYTES, GoldEventJsonl::toGold);
  }

  static GoldEvent toGold(JsonNode node) throws BadLineException {
    EventRecord event = EventJsonl.toEvent(node);
    JsonNode optional = node.path("optional");
    if (!optional.isMissingNode() && !optional.isNull() && !optional.isBoolean()) {
      throw new BadLineException("\"optional\" must be true or false");
    }
    double radius = GoldEvent.DEFAULT_RADIUS_KM;
    JsonNode radiusNode = node.path("location").path("radius_km");
    if (!radiusNode.isMissingNode() && !radiusNode.isNull()) {
      if (!radiusNode.isNumber() || radiusNode.asDouble() < 0) {
        throw new BadLineException("\"location.radius_km\" must be a non-negative number");
      }
      radius = radiusNode.asDouble();
    }
    String goldId = node.path("gold_id").isTextual() ? node.get("gold_id").asText() : null;
    return new GoldEvent(goldId, event, optional.asBoolean(false), strings(node.path("type_alt"), "type_alt"),
        strings(node.path("actor1").path("aliases"), "actor1.aliases"),
        strings(node.path("actor2").path("aliases"), "actor2.aliases"), radius);
  }

  private static List<String> strings(JsonNode node, String name) throws BadLineException {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new BadLineException("\"" + name + "\" must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        throw new BadLineException("\"" + name + "\" must be a list of strings");
      }
      out.add(item.asText());
    }
    return out;
  }
}
