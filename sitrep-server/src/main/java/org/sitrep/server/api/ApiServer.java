package org.sitrep.server.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.util.function.Consumer;
import org.sitrep.store.EventStore;

/**
 * The REST API as a Javalin app: one route table; controllers translate HTTP into calls of the
 * store's services and back. Callers add static files and web routes through {@code configure}
 * and start the app themselves ({@code app.start(host, port)}).
 */
public final class ApiServer {
  private ApiServer() {}

  public static Javalin create(EventStore store) {
    return create(store, config -> {});
  }

  public static Javalin create(EventStore store, Consumer<JavalinConfig> configure) {
    EventsController events = new EventsController(store);
    DocumentsController documents = new DocumentsController(store);
    ExportController export = new ExportController(store);
    OpenApiController openApi = new OpenApiController();

    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      configure.accept(config);
    });
    app.get("/api/events", events::list);
    app.get("/api/events/{id}", events::detail);
    app.get("/api/documents/{id}", documents::detail);
    app.get("/api/stats/daily", events::daily);
    app.get("/api/export", export::export);
    app.get("/openapi.json", openApi::serve);

    app.exception(IllegalArgumentException.class, (e, ctx) -> JsonResponses.error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(NotFound.class, (e, ctx) -> JsonResponses.error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> JsonResponses.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
        "internal error: " + e.getClass().getSimpleName()));
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        JsonResponses.error(ctx, HttpStatus.NOT_FOUND, "no such API route: " + ctx.path());
      }
    });
    return app;
  }

  /** A resource that does not exist; answered with 404 and a JSON error. */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }
}
