package org.sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sitrep.store.Json;
import org.sitrep.store.StoredEvent;

/** One {@link EventJson} item per line. */
final class JsonlWriter implements EventWriter {
  private final OutputStream out;

  JsonlWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(StoredEvent event) {
    try {
      out.write(Json.write(EventJson.item(event)).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
