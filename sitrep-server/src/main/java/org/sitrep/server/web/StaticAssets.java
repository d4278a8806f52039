package org.sitrep.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the browser UI from the classpath folder {@code org/sitrep/server/web/static}: the page
 * at {@code /}, its modules under {@code /js/}, its stylesheet, and the vendored libraries under
 * {@code /vendor/} (copied from npm packages at build time). Only plain file names with a known
 * extension are served, each with an explicit content type (the server also sends nosniff).
 */
public final class StaticAssets {
  static final String ROOT = "/org/sitrep/server/web/static/";
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "json", "application/json",
      "png", "image/png",
      "md", "text/plain; charset=utf-8",
      "txt", "text/plain; charset=utf-8");

  private StaticAssets() {}

  public static void install(Javalin app) {
    app.get("/", ctx -> serve(ctx, "index.html"));
    app.get("/index.html", ctx -> serve(ctx, "index.html"));
    app.get("/app.css", ctx -> serve(ctx, "app.css"));
    app.get("/js/{file}", ctx -> serve(ctx, "js/" + checked(ctx.pathParam("file"))));
    app.get("/vendor/{file}", ctx -> serve(ctx, "vendor/" + checked(ctx.pathParam("file"))));
    app.get("/vendor/licenses/{file}", ctx -> serve(ctx, "vendor/licenses/" + checked(ctx.pathParam("file"))));
  }

  private static String checked(String name) {
    return FILE_NAME.matcher(name).matches() && !name.contains("..") ? name : "";
  }

  private static void serve(Context ctx, String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(ext);
    InputStream in = type == null || path.endsWith("/") ? null : StaticAssets.class.getResourceAsStream(ROOT + path);
    if (in == null) {
      ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("not found");
      return;
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(type).result(in);
  }
}
