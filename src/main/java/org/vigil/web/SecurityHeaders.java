package org.vigil.web;

import io.javalin.http.Context;

/**
 * The headers every response carries: a strict Content-Security-Policy (scripts, styles, images
 * and connections from this server only, no inline script, no plugins, forms posting here only,
 * never framed), {@code X-Frame-Options: DENY} for older browsers, {@code nosniff},
 * {@code Referrer-Policy: same-origin}, and no caching of what a signed-in user reads.
 */
public final class SecurityHeaders {

  /**
   * The policy. The one inline style allowed, by its hash, is the rule Cytoscape.js (the group
   * graph) inserts for its container: {@code .__________cytoscape_container { position: relative; }}.
   */
  public static final String CSP = "default-src 'self'; script-src 'self'; "
      + "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** The before-handler. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    String path = ctx.path();
    if (!path.startsWith("/webjars/") && !path.startsWith("/ui/static/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
