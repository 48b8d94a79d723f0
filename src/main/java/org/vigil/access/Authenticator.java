package org.vigil.access;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.vigil.store.AccessStore;
import org.vigil.store.ApiKeyRow;
import org.vigil.store.UserRow;

/**
 * Authenticates a request. An API key goes as {@code Authorization: Bearer KEY} everywhere, or
 * (where {@link Scheme#BASIC} is allowed, for TAXII clients that speak only Basic) as the
 * password of {@code Basic NAME:KEY}; it works while it is neither revoked nor expired and its
 * user is active, whatever failed passwords came before. A password (Basic where allowed, and
 * the web sign-in) is checked only when the {@link LoginThrottle} lets the source address try
 * that name, and an unknown or disabled name costs the same key derivation as a real one, so
 * timing does not tell which names exist. An API key is never a password. Holds no lock while it
 * checks a password: each {@link Accounts} call stands alone.
 */
public final class Authenticator {

  /** Which credentials a route takes. */
  public enum Scheme {
    /** Bearer API keys only (the REST API: a browser never sends them by itself). */
    BEARER,
    /** Bearer API keys, and Basic with a password or an API key (TAXII). */
    BASIC
  }

  /** What an attempt came to. */
  public sealed interface Outcome permits Signed, Refused, Locked {}

  /** The credentials prove {@code principal}. */
  public record Signed(Principal principal) implements Outcome {}

  /** Missing, malformed or wrong credentials: {@code reason} says which, for the client. */
  public record Refused(String reason) implements Outcome {}

  /** Too many failed passwords from this address for this name: try again in {@code seconds}. */
  public record Locked(long seconds) implements Outcome {}

  /** Checked for unknown names so that they cost what a real one does. */
  static final class Dummy {
    static final String HASH = Passwords.hash("no user has this password, it only costs time");

    private Dummy() {}
  }

  private final Accounts access;
  private final LoginThrottle throttle;
  private final Instant now;
  private final BiPredicate<String, String> matches;
  private final VerifiedKeys keys;

  /** Without keys checked before (for password checks; an API key is hashed on every call). */
  public Authenticator(Accounts access, LoginThrottle throttle, Instant now) {
    this(access, throttle, now, new VerifiedKeys());
  }

  /** @param keys the keys checked lately, kept by the caller from one request to the next */
  public Authenticator(Accounts access, LoginThrottle throttle, Instant now, VerifiedKeys keys) {
    this(access, throttle, now, Passwords::matches, keys);
  }

  /** Over a store used by one thread. */
  public Authenticator(AccessStore access, LoginThrottle throttle, Instant now) {
    this(Accounts.of(access), throttle, now, new VerifiedKeys());
  }

  /** @param matches checks a password against a stored hash (tests count the calls) */
  Authenticator(Accounts access, LoginThrottle throttle, Instant now, BiPredicate<String, String> matches) {
    this(access, throttle, now, matches, new VerifiedKeys());
  }

  private Authenticator(Accounts access, LoginThrottle throttle, Instant now, BiPredicate<String, String> matches,
      VerifiedKeys keys) {
    this.access = access;
    this.throttle = throttle;
    this.now = now;
    this.matches = matches;
    this.keys = keys;
  }

  /**
   * Authenticates an {@code Authorization} header from {@code address}.
   *
   * @param scheme whether Basic is taken here
   */
  public Outcome authenticate(@Nullable String header, Scheme scheme, String address) {
    if (header == null || header.isBlank()) {
      return new Refused(scheme == Scheme.BEARER ? "this API needs an API key: Authorization: Bearer KEY"
          : "this server needs HTTP Basic (user name and password or API key) or a bearer API key");
    }
    String h = header.strip();
    int sp = h.indexOf(' ');
    String kind = sp < 0 ? h.toLowerCase(Locale.ROOT) : h.substring(0, sp).toLowerCase(Locale.ROOT);
    String value = sp < 0 ? "" : h.substring(sp + 1).strip();
    if (kind.equals("bearer")) {
      return key(value, null);
    }
    if (!kind.equals("basic") || scheme != Scheme.BASIC) {
      return new Refused(scheme == Scheme.BEARER ? "this API takes API keys as Authorization: Bearer KEY only"
          : "the Authorization scheme must be Basic or Bearer");
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return new Refused("the Basic credentials are not Base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return new Refused("the Basic credentials are not NAME:SECRET");
    }
    String name = decoded.substring(0, colon);
    String secret = decoded.substring(colon + 1);
    return ApiKeys.prefix(secret).isPresent() ? key(secret, name) : password(name, secret, address);
  }

  /** Checks a user name and password (Basic, or the web sign-in form) from {@code address}. */
  public Outcome password(String name, String password, String address) {
    long wait = throttle.waitFor(address, name);
    if (wait > 0) {
      return new Locked(wait);
    }
    Optional<UserRow> user = access.user(name).filter(UserRow::active);
    String hash = user.map(UserRow::passwordHash).orElse(null);
    boolean right = matches.test(password, hash == null ? Dummy.HASH : hash) && hash != null;
    Optional<Principal> p = right ? user.flatMap(u -> principal(u, "user:" + u.id())) : Optional.empty();
    if (p.isEmpty()) {
      throttle.failed(address, name);
      return new Refused("unknown user or wrong password");
    }
    throttle.succeeded(address, name);
    return new Signed(p.get());
  }

  private Outcome key(String key, @Nullable String expectedUser) {
    Optional<String> prefix = ApiKeys.prefix(key);
    if (prefix.isEmpty()) {
      return new Refused("the API key is not of the form vgl_PREFIX_SECRET");
    }
    Optional<Accounts.KeyOwner> owner = access.keyOwner(prefix.get())
        .filter(o -> keys.matches(prefix.get(), key, o.key().keyHash()));
    Optional<ApiKeyRow> row = owner.map(Accounts.KeyOwner::key);
    if (row.isPresent() && !row.get().usableAt(now)) {
      return new Refused(row.get().revokedAt() != null ? "the API key was revoked" : "the API key has expired");
    }
    Optional<Principal> p = owner.flatMap(Accounts.KeyOwner::user).filter(UserRow::active)
        .filter(u -> expectedUser == null || u.name().equals(expectedUser))
        .flatMap(u -> principal(u, "key:" + prefix.get()));
    if (p.isEmpty()) {
      return new Refused("unknown API key");
    }
    String minute = now.truncatedTo(ChronoUnit.MINUTES).toString();
    if (row.get().lastUsedAt() == null || row.get().lastUsedAt().compareTo(minute) < 0) {
      access.keyUsed(prefix.get(), now); // a write, so once a minute per key, not once a request
    }
    return new Signed(p.get());
  }

  /**
   * Whether what proved {@code p} still does: its key neither revoked nor expired, its user
   * active (for a long-lived request, such as an event stream).
   */
  public static boolean stillSignedIn(AccessStore access, Principal p, Instant now) {
    boolean active = access.findUser(p.userId()).filter(UserRow::active).isPresent();
    if (!active || !p.rateKey().startsWith("key:")) {
      return active;
    }
    return access.findKey(p.rateKey().substring("key:".length())).filter(k -> k.usableAt(now)).isPresent();
  }

  /** The principal of an active user, as the store has them now (a web session is checked again by this). */
  public static Optional<Principal> principal(UserRow u, String rateKey) {
    return Role.fromLabel(u.role()).filter(r -> u.active())
        .map(r -> new Principal(u.id(), u.name(), u.orgId(), r, rateKey));
  }
}
