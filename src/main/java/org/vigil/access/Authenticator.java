package org.vigil.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.store.AccessStore;
import org.vigil.store.ApiKeyRow;
import org.vigil.store.UserRow;

/**
 * Authenticates an HTTP {@code Authorization} header: {@code Basic} with a user name and either
 * the password or one of the user's API keys (TAXII clients speak Basic only), or
 * {@code Bearer} with an API key. Not thread-safe (it reads the store); callers serialise.
 */
public final class Authenticator {

  private final AccessStore access;

  public Authenticator(AccessStore access) {
    this.access = access;
  }

  /** The user the header proves, or empty for a missing, malformed or wrong credential. */
  public Optional<Principal> authenticate(@Nullable String header) {
    if (header == null) {
      return Optional.empty();
    }
    String h = header.strip();
    String scheme = h.contains(" ") ? h.substring(0, h.indexOf(' ')).toLowerCase(Locale.ROOT) : "";
    String value = h.substring(scheme.length()).strip();
    if (scheme.equals("bearer")) {
      return byKey(value, null);
    }
    if (!scheme.equals("basic")) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return Optional.empty();
    }
    String name = decoded.substring(0, colon);
    String secret = decoded.substring(colon + 1);
    if (ApiKeys.prefix(secret).isPresent()) {
      return byKey(secret, name);
    }
    return access.findUser(name)
        .filter(u -> u.passwordHash() != null && Passwords.matches(secret, u.passwordHash()))
        .flatMap(u -> principal(u, "user:" + u.id()));
  }

  /**
   * Whom the header claims to be, when that user or key exists: {@code user:ID} or
   * {@code key:PREFIX}, for counting failed sign-ins against something that exists (request data
   * alone never makes a new entry). Empty for a malformed header or an unknown name or key.
   */
  public Optional<String> claimant(@Nullable String header) {
    if (header == null) {
      return Optional.empty();
    }
    String h = header.strip();
    int sp = h.indexOf(' ');
    if (sp < 0) {
      return Optional.empty();
    }
    String scheme = h.substring(0, sp).toLowerCase(Locale.ROOT);
    String value = h.substring(sp + 1).strip();
    if (scheme.equals("bearer")) {
      return ApiKeys.prefix(value).filter(p -> access.findKey(p).isPresent()).map(p -> "key:" + p);
    }
    if (!scheme.equals("basic")) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1 ? Optional.empty()
          : access.findUser(decoded.substring(0, colon)).map(u -> "user:" + u.id());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<Principal> byKey(String key, @Nullable String expectedUser) {
    Optional<String> prefix = ApiKeys.prefix(key);
    if (prefix.isEmpty()) {
      return Optional.empty();
    }
    Optional<ApiKeyRow> row = access.findKey(prefix.get())
        .filter(k -> k.revokedAt() == null && ApiKeys.matches(key, k.keyHash()));
    return row.flatMap(k -> access.findUser(k.userId()))
        .filter(u -> expectedUser == null || u.name().equals(expectedUser))
        .flatMap(u -> principal(u, "key:" + prefix.get()));
  }

  private static Optional<Principal> principal(UserRow u, String rateKey) {
    return Role.fromLabel(u.role()).map(r -> new Principal(u.id(), u.name(), u.orgId(), r, rateKey));
  }
}
