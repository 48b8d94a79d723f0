package org.vigil.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys: {@code vgl_PREFIX_SECRET}, a 12-hex-digit lookup prefix and 32 random bytes
 * (Base64url). Only the prefix and the SHA-256 of the whole key are stored; the key is shown
 * once, when made. Thread-safe.
 */
public final class ApiKeys {

  private static final Pattern FORM = Pattern.compile("vgl_([0-9a-f]{12})_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new key and what is stored of it. */
  public record NewKey(String key, String prefix, String hash) {}

  private ApiKeys() {}

  public static NewKey generate() {
    byte[] p = new byte[6];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(p);
    RANDOM.nextBytes(secret);
    String prefix = HexFormat.of().formatHex(p);
    String key = "vgl_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new NewKey(key, prefix, hash(key));
  }

  /** The lookup prefix of a well-formed key. */
  public static Optional<String> prefix(String key) {
    Matcher m = FORM.matcher(key);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** SHA-256 of the key, hex. */
  public static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** True when the key's hash equals the stored one (compared in constant time). */
  public static boolean matches(String key, String storedHash) {
    return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
