package org.sitrep.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.sitrep.model.Location;
import org.sitrep.store.Json;
import org.sitrep.store.StoredEvent;

/**
 * A GeoJSON (RFC 7946) FeatureCollection, streamed: one Feature per linked event, a Point at
 * [lon, lat] or a null geometry when the event has no coordinates, the {@link EventJson} item
 * (without {@code id}, which is the Feature's id) as properties.
 */
final class GeoJsonWriter implements EventWriter {
  private final JsonGenerator json;

  GeoJsonWriter(OutputStream out) {
    try {
      json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(StoredEvent event) {
    try {
      json.writeStartObject();
      json.writeStringField("type", "Feature");
      json.writeStringField("id", event.event().id());
      Location loc = event.event().location();
      if (loc != null && loc.lat() != null && loc.lon() != null) {
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(loc.lon());
        json.writeNumber(loc.lat());
        json.writeEndArray();
        json.writeEndObject();
      } else {
        json.writeNullField("geometry");
      }
      ObjectNode properties = EventJson.item(event);
      properties.remove("id");
      json.writeFieldName("properties");
      json.writeTree(properties);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      json.writeEndArray();
      json.writeEndObject();
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
