package org.sitrep.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.sitrep.model.EventRecord;

/** One pretty-printed JSON array of events, streamed: the array opens before the first event. */
public final class JsonArrayEventWriter implements EventWriter {
  private final JsonGenerator generator;

  public JsonArrayEventWriter(PrintWriter out) {
    try {
      generator = SitrepJson.mapper().getFactory().createGenerator(out);
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.useDefaultPrettyPrinter();
      generator.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(EventRecord event) {
    try {
      generator.writeObject(event);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise event " + event.id(), e);
    }
  }

  @Override
  public void finish() {
    try {
      generator.writeEndArray();
      generator.writeRaw("\n");
      generator.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
