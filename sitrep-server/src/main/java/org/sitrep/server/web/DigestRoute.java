package org.sitrep.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.sitrep.digest.DailyDigest;
import org.sitrep.digest.DigestBuilder;
import org.sitrep.digest.DigestRequest;
import org.sitrep.digest.HtmlDigestWriter;
import org.sitrep.digest.MarkdownDigestWriter;

/**
 * {@code GET /api/digest?date=YYYY-MM-DD[&region=ISO2|admin1][&format=json|md|html]}: the daily
 * sitrep, the same text as {@code sitrep digest}. Translates HTTP only; the digest is built by
 * {@link DigestBuilder}.
 */
public final class DigestRoute {
  private final LinkedEventSource source;
  private final DigestBuilder builder = new DigestBuilder();

  public DigestRoute(LinkedEventSource source) {
    this.source = source;
  }

  public void install(Javalin app) {
    app.get("/api/digest", this::handle);
  }

  private void handle(Context ctx) {
    String dateParam = ctx.queryParam("date");
    LocalDate date;
    try {
      date = LocalDate.parse(dateParam == null ? "" : dateParam);
    } catch (DateTimeParseException e) {
      badRequest(ctx, "date must be an ISO date (YYYY-MM-DD), got '" + dateParam + "'");
      return;
    }
    String region = ctx.queryParam("region");
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("json");
    if (!format.equals("json") && !format.equals("md") && !format.equals("html")) {
      badRequest(ctx, "format must be json, md or html, got '" + format + "'");
      return;
    }
    DigestRequest request = DigestRequest.of(date, region == null || region.isBlank() ? null : region.trim());
    DailyDigest digest = builder.build(source.overlapping(date, date), request);
    switch (format) {
      case "md" -> ctx.contentType("text/markdown; charset=utf-8").result(new MarkdownDigestWriter().write(digest));
      case "html" -> ctx.contentType("text/html; charset=utf-8").result(new HtmlDigestWriter().write(digest));
      default -> ctx.json(digest);
    }
  }

  private static void badRequest(Context ctx, String message) {
    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", message));
  }
}
