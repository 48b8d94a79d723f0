package org.vigil.ui;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.access.Authenticator;
import org.vigil.access.Principal;
import org.vigil.access.RateLimiter;
import org.vigil.web.HttpProblem;
import org.vigil.web.SharedStore;

/**
 * Sign-in, sign-out and the session check of every {@code /ui/} request. The session cookie is
 * HttpOnly and SameSite=Lax; every POST must carry the session's CSRF token (form field
 * {@code csrf} or header {@code X-CSRF-Token}); the sign-in form uses a double-submit token
 * cookie. Failed sign-ins per existing user are limited like the API's.
 */
final class UiAuth {

  static final String COOKIE = "vigil_session";
  static final String LOGIN_COOKIE = "vigil_login";
  private static final String SESSION = "vigil.ui.session";

  private final SharedStore store;
  private final Sessions sessions;
  private final RateLimiter failures;

  UiAuth(SharedStore store, Sessions sessions, RateLimiter failures) {
    this.store = store;
    this.sessions = sessions;
    this.failures = failures;
  }

  /** Before-handler for {@code /ui/*}: the sign-in page and static files are public. */
  void check(Context ctx) {
    String path = ctx.path();
    if (path.equals("/ui/login") || path.startsWith("/ui/static/")) {
      return;
    }
    String id = ctx.cookie(COOKIE);
    Optional<Sessions.Session> s = id == null ? Optional.empty() : sessions.find(id);
    if (s.isEmpty()) {
      if (ctx.method().name().equals("GET")) {
        ctx.redirect("/ui/login");
        ctx.skipRemainingHandlers();
        return;
      }
      throw new HttpProblem(401, "Unauthorized", "sign in first at /ui/login");
    }
    if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
      String given = Optional.ofNullable(ctx.header("X-CSRF-Token")).orElseGet(() -> ctx.formParam("csrf"));
      if (!same(given, s.get().csrf())) {
        throw HttpProblem.forbidden("the form's CSRF token is missing or wrong; reload the page and try again");
      }
    }
    ctx.attribute(SESSION, s.get());
  }

  /** The session of a request that passed {@link #check}. */
  static Sessions.Session session(Context ctx) {
    Sessions.Session s = ctx.attribute(SESSION);
    if (s == null) {
      throw new IllegalStateException("no session on " + ctx.path() + ": the UI check did not run");
    }
    return s;
  }

  void loginForm(Context ctx) {
    form(ctx, null);
  }

  void login(Context ctx) {
    if (!same(ctx.formParam("csrf"), ctx.cookie(LOGIN_COOKIE))) {
      throw HttpProblem.forbidden("the sign-in form's CSRF token is missing or wrong; reload the page");
    }
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String header = "Basic " + Base64.getEncoder().encodeToString((name + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    Optional<String> claimant = store.call(s -> new Authenticator(s.access()).claimant(header));
    long locked = claimant.map(failures::waitFor).orElse(0L);
    if (locked > 0) {
      throw new HttpProblem(429, "Too Many Requests", "too many failed sign-ins for this user "
          + "(server.failed-logins-per-minute); try again in " + locked + " s", Map.of("Retry-After", "" + locked));
    }
    Optional<Principal> p = claimant.isEmpty() ? Optional.empty()
        : store.call(s -> new Authenticator(s.access()).authenticate(header));
    if (p.isEmpty()) {
      claimant.ifPresent(failures::acquire);
      ctx.status(401);
      form(ctx, "Unknown user or wrong password.");
      return;
    }
    Sessions.Session s = sessions.start(p.get());
    ctx.header("Set-Cookie", COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Lax");
    ctx.redirect("/ui/");
  }

  void logout(Context ctx) {
    sessions.end(session(ctx).id());
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    ctx.redirect("/ui/login");
  }

  private void form(Context ctx, @Nullable String error) {
    String token = sessions.token();
    ctx.header("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/ui/login; HttpOnly; SameSite=Strict");
    ctx.html(Layout.shell("Sign in", token, "", "<main id=\"main\" class=\"login\"><h1>Vigil</h1>"
        + "<p>Incidents of terrorism and political violence, sourced.</p>"
        + (error == null ? "" : "<p class=\"error\" role=\"alert\">" + Html.esc(error) + "</p>")
        + "<form method=\"post\" action=\"/ui/login\">" + Layout.csrfField(token)
        + "<label for=\"name\">User name</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required autofocus>"
        + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" "
        + "autocomplete=\"current-password\" required><button type=\"submit\">Sign in</button></form></main>"));
  }

  private static boolean same(@Nullable String a, @Nullable String b) {
    return a != null && b != null && !a.isEmpty()
        && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
