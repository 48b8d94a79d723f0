package org.vigil.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.vigil.access.Authenticator;
import org.vigil.access.Principal;
import org.vigil.access.RateLimiter;
import org.vigil.ui.UiRoutes;

/**
 * Runs before every handler: authenticates the request (401 with a {@code WWW-Authenticate}
 * challenge when it cannot), applies the per-key rate limit (429 with {@code Retry-After}) and
 * leaves the {@link Principal} for the handlers. Only {@code /api/openapi.json} is public; the web
 * UI's paths ({@link UiRoutes#owns}) are checked by the UI's own session handler.
 */
public final class Guard {

  private static final String PRINCIPAL = "vigil.principal";

  private final SharedStore store;
  private final RateLimiter limiter;
  private final RateLimiter failures;

  /**
   * @param limiter requests per authenticated user or key
   * @param failures failed sign-ins per existing user or key; when spent, the password is not
   *     even checked
   */
  public Guard(SharedStore store, RateLimiter limiter, RateLimiter failures) {
    this.store = store;
    this.limiter = limiter;
    this.failures = failures;
  }

  /** The before-handler. */
  public void check(Context ctx) {
    if (ctx.path().equals("/api/openapi.json") || UiRoutes.owns(ctx.path())) {
      return;
    }
    String header = ctx.header("Authorization");
    Optional<String> claimant = store.call(s -> new Authenticator(s.access()).claimant(header));
    long locked = claimant.map(failures::waitFor).orElse(0L);
    if (locked > 0) {
      throw new HttpProblem(429, "Too Many Requests", "too many failed sign-ins for these credentials "
          + "(server.failed-logins-per-minute); try again in " + locked + " s",
          Map.of("Retry-After", Long.toString(locked)));
    }
    Optional<Principal> p = claimant.isEmpty() ? Optional.empty()
        : store.call(s -> new Authenticator(s.access()).authenticate(header));
    if (p.isEmpty()) {
      claimant.ifPresent(failures::acquire);
      throw new HttpProblem(401, "Unauthorized", header == null
          ? "this server needs HTTP Basic (user name and password or API key) or a bearer API key"
          : "the credentials given are not valid (unknown user, wrong password, or a revoked or unknown key)",
          Map.of("WWW-Authenticate", "Basic realm=\"vigil\", charset=\"UTF-8\""));
    }
    long wait = limiter.acquire(p.get().rateKey());
    if (wait > 0) {
      throw new HttpProblem(429, "Too Many Requests", "more than the rate limit (server.rate-limit-per-minute) "
          + "of requests for " + p.get().userName() + "; try again in " + wait + " s",
          Map.of("Retry-After", Long.toString(wait)));
    }
    ctx.attribute(PRINCIPAL, p.get());
  }

  /** The authenticated user of a request that passed {@link #check}. */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw new IllegalStateException("no principal on " + ctx.path() + ": the guard did not run");
    }
    return p;
  }
}
