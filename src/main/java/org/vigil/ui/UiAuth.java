package org.vigil.ui;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.vigil.access.Authenticator;
import org.vigil.access.LoginThrottle;
import org.vigil.access.Principal;
import org.vigil.store.UserRow;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedAccounts;
import org.vigil.web.SharedStore;

/**
 * Sign-in, sign-out and the session check of every {@code /ui/} request. Sign-in takes a user's
 * password only (never an API key), slowed per source address and name like the API's
 * ({@code server.failed-logins-*}). Every request checks the session's user against the store:
 * a disabled user, or one whose key or account was revoked since the session began (their
 * session epoch grew), is signed out, and a changed role or organisation applies at once. The
 * session cookie is HttpOnly, SameSite=Lax, and Secure when {@code server.public-url} is https;
 * every POST must carry the session's CSRF token (form field {@code csrf} or header
 * {@code X-CSRF-Token}); the sign-in form uses a double-submit token cookie.
 */
final class UiAuth {

  static final String COOKIE = "vigil_session";
  static final String LOGIN_COOKIE = "vigil_login";
  private static final String SESSION = "vigil.ui.session";

  private final SharedStore store;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final ServerSettings server;
  private final Clock clock;

  UiAuth(SharedStore store, Sessions sessions, LoginThrottle throttle, ServerSettings server, Clock clock) {
    this.store = store;
    this.sessions = sessions;
    this.throttle = throttle;
    this.server = server;
    this.clock = clock;
  }

  /** Before-handler for {@code /ui/*}: the sign-in page and static files are public. */
  void check(Context ctx) {
    String path = ctx.path();
    if (path.equals("/ui/login") || path.startsWith("/ui/static/")) {
      return;
    }
    String id = ctx.cookie(COOKIE);
    Optional<Sessions.Session> s = id == null ? Optional.empty() : sessions.find(id).flatMap(this::current);
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

  /** The session with its user as stored now; empty (and the session ended) when the user may no longer sign in. */
  private Optional<Sessions.Session> current(Sessions.Session s) {
    Optional<UserRow> u = store.read(st -> st.access().findUser(s.user().userId()))
        .filter(r -> r.sessionEpoch() == s.epoch());
    Optional<Principal> p = u.flatMap(r -> Authenticator.principal(r, s.user().rateKey()));
    if (p.isEmpty()) {
      sessions.end(s.id());
      return Optional.empty();
    }
    return Optional.of(p.get().equals(s.user()) ? s : sessions.withUser(s, p.get()));
  }

  /** For a long-lived request (a stream): whether its session is still live and its user may still sign in. */
  BooleanSupplier signedIn(Context ctx) {
    String id = ctx.cookie(COOKIE);
    return () -> id != null && sessions.find(id).flatMap(this::current).isPresent();
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
    String address = server.address().client(ctx);
    Authenticator.Outcome o = new Authenticator(new SharedAccounts(store), throttle, clock.instant())
        .password(name, password, address);
    if (o instanceof Authenticator.Locked l) {
      throw HttpProblem.signInsLocked(l.seconds());
    }
    if (!(o instanceof Authenticator.Signed signed)) {
      ctx.status(401);
      form(ctx, "Unknown user or wrong password.");
      return;
    }
    long epoch = store.read(s -> s.access().findUser(signed.principal().userId())).map(UserRow::sessionEpoch).orElse(0L);
    Sessions.Session s = sessions.start(signed.principal(), epoch);
    ctx.header("Set-Cookie", COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Lax" + secure());
    ctx.redirect("/ui/");
  }

  void logout(Context ctx) {
    sessions.end(session(ctx).id());
    ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + secure());
    ctx.redirect("/ui/login");
  }

  private String secure() {
    return server.address().https() ? "; Secure" : "";
  }

  private void form(Context ctx, @Nullable String error) {
    String token = sessions.token();
    ctx.header("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/ui/login; HttpOnly; SameSite=Strict" + secure());
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
