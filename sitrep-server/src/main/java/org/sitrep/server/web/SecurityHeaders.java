package org.sitrep.server.web;

import io.javalin.Javalin;

/**
 * Headers on every response: a strict Content-Security-Policy (scripts and styles only from this
 * origin, no inline script or style attribute, no plugins, no framing), no MIME sniffing, no
 * referrer. Article text is untrusted; this is the second line of defence after escaping.
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static void install(Javalin app) {
    app.before(
        ctx -> {
          ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("X-Frame-Options", "DENY");
        });
  }
}
