package org.vigil.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import org.vigil.access.Authenticator;
import org.vigil.access.Authenticator.Scheme;
import org.vigil.access.LoginThrottle;
import org.vigil.access.Principal;
import org.vigil.access.RateLimiter;
import org.vigil.access.VerifiedKeys;
import org.vigil.ui.UiRoutes;

/**
 * Runs before every handler: authenticates the request (401 with a challenge when it cannot:
 * Basic under {@code /taxii2/}, where TAXII clients send user name and password or API key;
 * Bearer elsewhere, so a browser never offers cached credentials to the REST API), makes a
 * source address that failed a user's password too often wait (429 with {@code Retry-After},
 * the password not even checked), applies the per-key rate limit (429) and leaves the
 * {@link Principal} for the handlers. Only {@code /api/openapi.json} is public; the web UI's
 * paths ({@link UiRoutes#owns}) are checked by the UI's own session handler.
 */
public final class Guard {

  private static final String PRINCIPAL = "vigil.principal";

  private final SharedStore store;
  private final RateLimiter limiter;
  private final LoginThrottle throttle;
  private final ServerSettings settings;
  private final Clock clock;
  private final VerifiedKeys keys;

  /**
   * @param limiter requests per authenticated user or key
   * @param throttle failed passwords per source address and user name
   */
  public Guard(SharedStore store, RateLimiter limiter, LoginThrottle throttle, ServerSettings settings, Clock clock) {
    this.store = store;
    this.limiter = limiter;
    this.throttle = throttle;
    this.settings = settings;
    this.clock = clock;
    this.keys = new VerifiedKeys(settings.capacity().verifiedKeys());
  }

  /** The before-handler. */
  public void check(Context ctx) {
    String path = ctx.path();
    if (path.equals("/api/openapi.json") || UiRoutes.owns(path)) {
      return;
    }
    Scheme scheme = path.equals("/taxii2") || path.startsWith("/taxii2/") ? Scheme.BASIC : Scheme.BEARER;
    String header = ctx.header("Authorization");
    String address = settings.address().client(ctx);
    Authenticator.Outcome o = new Authenticator(new SharedAccounts(store), throttle, clock.instant(), keys)
        .authenticate(header, scheme, address);
    if (o instanceof Authenticator.Locked l) {
      throw HttpProblem.signInsLocked(l.seconds());
    }
    if (o instanceof Authenticator.Refused r) {
      throw new HttpProblem(401, "Unauthorized", r.reason(), Map.of("WWW-Authenticate", scheme == Scheme.BASIC
          ? "Basic realm=\"vigil\", charset=\"UTF-8\"" : "Bearer realm=\"vigil\""));
    }
    Principal p = ((Authenticator.Signed) o).principal();
    long wait = limiter.acquire(p.rateKey());
    if (wait > 0) {
      throw new HttpProblem(429, "Too Many Requests", "more than the rate limit (server.rate-limit-per-minute) "
          + "of requests for " + p.userName() + "; try again in " + wait + " s",
          Map.of("Retry-After", Long.toString(wait)));
    }
    ctx.attribute(PRINCIPAL, p);
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
