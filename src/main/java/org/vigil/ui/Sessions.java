package org.vigil.ui;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.vigil.access.Principal;

/**
 * The signed-in sessions of one server: random 256-bit ids, each with its own CSRF token, the
 * user and the user's session epoch when it started, and an idle timeout. At most
 * {@link UiSettings#sessionsPerUser()} per user (a user's new sign-in drops their own oldest
 * session, never another user's), so the map is bounded by the users that exist. Whether the
 * user may still sign in is checked against the store on every request ({@link UiAuth}).
 * Thread-safe.
 */
final class Sessions {

  /** A session: its id (the cookie value), its CSRF token, its user as signed in, and the user's epoch then. */
  record Session(String id, String csrf, Principal user, long epoch, Instant lastSeen) {}

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final UiSettings settings;
  private final Clock clock;

  Sessions(UiSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts a session for a user who just signed in, in their session epoch {@code epoch}. */
  synchronized Session start(Principal user, long epoch) {
    while (byId.values().stream().filter(s -> s.user().userId() == user.userId()).count() >= settings.sessionsPerUser()) {
      byId.values().stream().filter(s -> s.user().userId() == user.userId())
          .min(Comparator.comparing(Session::lastSeen)).ifPresent(s -> byId.remove(s.id()));
    }
    Session s = new Session(token(), token(), user, epoch, clock.instant());
    byId.put(s.id(), s);
    return s;
  }

  /** The live session with this id, its idle time renewed; empty when unknown or expired. */
  Optional<Session> find(String id) {
    Session s = byId.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (Duration.between(s.lastSeen(), now).toMinutes() >= settings.sessionMinutes()) {
      byId.remove(id);
      return Optional.empty();
    }
    Session renewed = new Session(s.id(), s.csrf(), s.user(), s.epoch(), now);
    byId.put(id, renewed);
    return Optional.of(renewed);
  }

  /** The session with its user as the store has them now (role or organisation may have changed). */
  Session withUser(Session s, Principal now) {
    Session updated = new Session(s.id(), s.csrf(), now, s.epoch(), s.lastSeen());
    byId.replace(s.id(), updated);
    return updated;
  }

  void end(String id) {
    byId.remove(id);
  }

  /** How many sessions a user has. */
  long count(long userId) {
    return byId.values().stream().filter(s -> s.user().userId() == userId).count();
  }

  /** A fresh random token for forms shown before sign-in. */
  String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
