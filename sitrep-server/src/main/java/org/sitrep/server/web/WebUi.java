package org.sitrep.server.web;

import io.javalin.Javalin;

/**
 * Adds the browser workbench to an API server: security headers on every response, the page and
 * its assets, and the daily digest endpoint. Call once, before the server starts.
 */
public final class WebUi {
  private WebUi() {}

  public static Javalin install(Javalin app, LinkedEventSource events) {
    SecurityHeaders.install(app);
    StaticAssets.install(app);
    new DigestRoute(events).install(app);
    return app;
  }
}
