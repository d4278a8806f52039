package org.sitrep.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** /openapi.json: the API's OpenAPI 3 description, a resource beside this class. */
final class OpenApiController {
  private static final String RESOURCE = "openapi.json";
  private final String document;

  OpenApiController() {
    try (InputStream in = OpenApiController.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sitrep/server/api/" + RESOURCE);
      }
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource org/sitrep/server/api/" + RESOURCE, e);
    }
  }

  void serve(Context ctx) {
    ctx.contentType("application/json").result(document);
  }
}
