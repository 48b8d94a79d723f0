package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.vigil.ui.Html;
import org.vigil.ui.UiRoutes;

/**
 * The one place where failures become responses. Under {@code /api/} the body is
 * {@code {"title","status","detail"}}; elsewhere (TAXII) it is a TAXII error resource
 * ({@code title}, {@code description}, {@code http_status} as a string) with the TAXII media
 * type; under the web UI's paths it is a small HTML page. Unexpected exceptions answer 500 with no detail; their class and message go to the
 * server's own error stream, never to the client.
 */
public final class ErrorMapper {

  /** The TAXII 2.1 media type, of every TAXII response. */
  public static final String TAXII = "application/taxii+json;version=2.1";

  private final ObjectMapper json;
  private final PrintStream log;

  public ErrorMapper(ObjectMapper json, PrintStream log) {
    this.json = json;
    this.log = log;
  }

  /** Registers the mapping on {@code app}. */
  public void install(Javalin app) {
    app.exception(HttpProblem.class, (e, ctx) -> write(ctx, e));
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() < 400 || e.getStatus() > 599) {
        ctx.status(e.getStatus());
      } else if (e.getStatus() == 404) {
        write(ctx, HttpProblem.notFound("no resource at " + ctx.path()));
      } else {
        write(ctx, new HttpProblem(e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), e.getMessage()));
      }
    });
    app.exception(Exception.class, (e, ctx) -> {
      log.println("vigil serve: " + ctx.method() + " " + ctx.path() + " failed: " + e.getClass().getName()
          + ": " + e.getMessage());
      write(ctx, new HttpProblem(500, "Internal Server Error",
          "the server could not answer this request; the error is in the server's log"));
    });
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null) {
        write(ctx, HttpProblem.notFound("no resource at " + ctx.path()));
      }
    });
    app.error(405, ctx -> {
      if (ctx.resultInputStream() == null) {
        write(ctx, new HttpProblem(405, "Method Not Allowed", ctx.method() + " is not allowed on " + ctx.path()));
      }
    });
  }

  /** Writes the problem as the response. */
  public void write(Context ctx, HttpProblem p) {
    if (UiRoutes.owns(ctx.path())) {
      p.headers().forEach(ctx::header);
      ctx.status(p.status());
      ctx.contentType("text/html; charset=utf-8");
      ctx.result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + p.status() + " "
          + Html.esc(p.title()) + " · Vigil</title><link rel=\"stylesheet\" href=\"/ui/static/ui.css\"></head>"
          + "<body><main id=\"main\"><h1>" + p.status() + " " + Html.esc(p.title()) + "</h1><p>" + Html.esc(p.detail())
          + "</p><p><a href=\"/ui/\">Back to the dashboard</a></p></main></body></html>");
      return;
    }
    ObjectNode body = json.createObjectNode();
    if (ctx.path().startsWith("/api/")) {
      body.put("title", p.title());
      body.put("status", p.status());
      body.put("detail", p.detail());
      ctx.contentType("application/json");
    } else {
      body.put("title", p.title());
      body.put("description", p.detail());
      body.put("http_status", Integer.toString(p.status()));
      p.headers().forEach(ctx::header);
      sendTaxii(ctx, p.status(), body.toString());
      return;
    }
    p.headers().forEach(ctx::header);
    ctx.status(p.status());
    ctx.result(body.toString());
  }

  /**
   * Sends a TAXII resource: UTF-8 bytes under exactly {@link #TAXII}, the media type TAXII
   * clients compare token by token (JSON is UTF-8 by definition, so no charset is added).
   */
  public static void sendTaxii(Context ctx, int status, String body) {
    sendTaxii(ctx, status, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a TAXII resource already in UTF-8. */
  public static void sendTaxii(Context ctx, int status, byte[] body) {
    ctx.status(status);
    ctx.res().setCharacterEncoding(null);
    ctx.contentType(TAXII);
    ctx.result(body);
  }
}
