package org.vigil.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The API keys whose hash was checked lately, so that a client sending its key on every request
 * costs one SHA-256, not one per request. It only says whether a key presented matches a stored
 * hash: whether that key is revoked, expired or its user disabled is read from the store on every
 * request, so a key revoked (by this process or another) is refused at once. An entry holds the
 * key's prefix, the stored hash it matched and the key itself, compared in constant time; a
 * stored hash that changed matches nothing. At most {@link #capacity} entries, the least recently
 * used dropped. Thread-safe.
 */
public final class VerifiedKeys {

  /** Keys remembered when the caller names no number. */
  public static final int DEFAULT_CAPACITY = 1_024;

  private record Verified(String storedHash, byte[] key) {}

  private final int capacity;
  private final UnaryOperator<String> hash;
  private final Map<String, Verified> byPrefix;

  public VerifiedKeys() {
    this(DEFAULT_CAPACITY, ApiKeys::hash);
  }

  /** @param hash the key's hash as stored (tests count the calls) */
  VerifiedKeys(int capacity, UnaryOperator<String> hash) {
    if (capacity < 1) {
      throw new IllegalArgumentException("verified keys capacity " + capacity + " must be at least 1");
    }
    this.capacity = capacity;
    this.hash = hash;
    this.byPrefix = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
        return size() > VerifiedKeys.this.capacity;
      }
    };
  }

  /** True when {@code key}, of lookup prefix {@code prefix}, hashes to {@code storedHash}. */
  public boolean matches(String prefix, String key, String storedHash) {
    byte[] presented = key.getBytes(StandardCharsets.UTF_8);
    Verified v;
    synchronized (byPrefix) {
      v = byPrefix.get(prefix);
    }
    if (v != null && v.storedHash.equals(storedHash)) {
      return MessageDigest.isEqual(v.key, presented);
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
}
