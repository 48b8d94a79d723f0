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
 * The signed-in sessions of one server: random 256-bit ids, each with its own CSRF token and
 * an idle timeout. At most {@link UiSettings#maxSessions()} are kept (the oldest goes first), so
 * requests cannot grow the map without bound. Thread-safe.
 */
final class Sessions {

  /** A session: its id (the cookie value), its CSRF token and its user. */
  record Session(String id, String csrf, Principal user, Instant lastSeen) {}

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final UiSettings settings;
  private final Clock clock;

  Sessions(UiSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts a session for a user who just signed in. */
  synchronized Session start(Principal user) {
    while (byId.size() >= settings.maxSessions()) {
      byId.values().stream().min(Comparator.comparing(Session::lastSeen)).ifPresent(s -> byId.remove(s.id()));
    }
    Session s = new Session(token(), token(), user, clock.instant());
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
    Session renewed = new Session(s.id(), s.csrf(), s.user(), now);
    byId.put(id, renewed);
    return Optional.of(renewed);
  }

  void end(String id) {
    byId.remove(id);
  }

  /** A fresh random token for forms shown before sign-in. */
  String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
