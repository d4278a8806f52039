package org.sitrep.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.sitrep.model.EventRecord;

/** SCHEMA.md's JSONL: one event object per line, fields in the records' declared order. */
public final class JsonlEventWriter implements EventWriter {
  private final PrintWriter out;

  public JsonlEventWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(EventRecord event) {
    try {
      out.println(SitrepJson.mapper().writeValueAsString(event));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise event " + event.id(), e);
    }
  }

  @Override
  public void finish() {
    out.flush();
  }
}
