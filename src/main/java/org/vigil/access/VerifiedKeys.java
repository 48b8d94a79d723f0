package org.vigil.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The API keys whose hash was checked lately, so that a client sending its key on every request
 * costs one HMAC, not one stored-hash check per request. It only says whether a key presented
 * matches a stored hash: whether that key is revoked, expired or its user disabled is read from
 * the store on every request, so a key revoked (by this process or another) is refused at once.
 * An entry holds the key's prefix, the stored hash it matched and an HMAC-SHA256 of the key under
 * a secret drawn when this object is made, compared in constant time: the keys themselves are
 * never kept, so a heap dump of the server gives no key, and a stored hash that changed matches
 * nothing. At most {@code capacity} entries ({@code server.verified-keys}), the least recently
 * used dropped. Thread-safe.
 */
public final class VerifiedKeys {

  /** Keys remembered when the settings name no number ({@code server.verified-keys}). */
  public static final int DEFAULT_CAPACITY = 1_024;

  private static final String MAC = "HmacSHA256";

  private record Verified(String storedHash, byte[] mac) {}

  private final int capacity;
  private final UnaryOperator<String> hash;
  private final SecretKeySpec secret;
  private final Map<String, Verified> byPrefix;

  public VerifiedKeys() {
    this(DEFAULT_CAPACITY);
  }

  /** @param capacity keys remembered at once, at least 1 */
  public VerifiedKeys(int capacity) {
    this(capacity, ApiKeys::hash);
  }

  /** @param hash the key's hash as stored (tests count the calls) */
  VerifiedKeys(int capacity, UnaryOperator<String> hash) {
    if (capacity < 1) {
      throw new IllegalArgumentException("server.verified-keys " + capacity + " must be at least 1");
    }
    this.capacity = capacity;
    this.hash = hash;
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    this.secret = new SecretKeySpec(bytes, MAC);
    this.byPrefix = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
        return size() > VerifiedKeys.this.capacity;
      }
    };
  }

  /** True when {@code key}, of lookup prefix {@code prefix}, hashes to {@code storedHash}. */
  public boolean matches(String prefix, String key, String storedHash) {
    byte[] presented = mac(key);
    Verified v;
    synchronized (byPrefix) {
      v = byPrefix.get(prefix);
    }
    if (v != null && v.storedHash.equals(storedHash)) {
      return MessageDigest.isEqual(v.mac, presented);
    }
    boolean right = MessageDigest.isEqual(hash.apply(key).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
    if (right) {
      synchronized (byPrefix) {
        byPrefix.put(prefix, new Verified(storedHash, presented));
      }
    }
    return right;
  }

  /** How many keys are remembered. */
  int size() {
    synchronized (byPrefix) {
      return byPrefix.size();
    }
  }

  private byte[] mac(String key) {
    try {
      Mac m = Mac.getInstance(MAC);
      m.init(secret);
      return m.doFinal(key.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(MAC + " is part of every Java 17 runtime", e);
    }
  }
}
