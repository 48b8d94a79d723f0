package org.vigil.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes: PBKDF2 with HMAC-SHA-256, a random 16-byte salt, stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64). Thread-safe.
 */
public final class Passwords {

  /** Iterations used for new hashes. */
  public static final int ITERATIONS = 120_000;
  /** Shortest password accepted. */
  public static final int MIN_LENGTH = 10;
  /** Longest password accepted (PBKDF2 time grows with it). */
  public static final int MAX_LENGTH = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** A new hash of {@code password}. @throws IllegalArgumentException for a too short or too long one */
  public static String hash(String password) {
    if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a password must be " + MIN_LENGTH + " to " + MAX_LENGTH
          + " characters, not " + password.length() + " (Passwords.MIN_LENGTH, MAX_LENGTH)");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return "pbkdf2-sha256$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$"
        + b64.encodeToString(derive(password, salt, ITERATIONS));
  }

  /** True when {@code password} matches the stored hash; false for any malformed hash. */
  public static boolean matches(String password, String stored) {
    String[] p = stored.split("\\$");
    if (p.length != 4 || !p[0].equals("pbkdf2-sha256") || password.length() > MAX_LENGTH) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(p[1]);
      byte[] salt = Base64.getDecoder().decode(p[2]);
      byte[] expected = Base64.getDecoder().decode(p[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", e);
    }
  }
}
