package org.sitrep.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.sitrep.store.Json;

/** JSON bodies written with the store's mapping, so field names follow SCHEMA.md exactly. */
final class JsonResponses {
  private JsonResponses() {}

  static void ok(Context ctx, Object body) {
    ctx.contentType("application/json").result(Json.write(body));
  }

  static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).contentType("application/json").result(Json.write(Map.of("error", message)));
  }
}
