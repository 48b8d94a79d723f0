package org.vigil.web;

import org.vigil.access.VerifiedKeys;

/**
 * How much the server takes on at once: {@code workers} requests handled at a time, at most
 * {@code maxQueued} more waiting for a turn (beyond that, 429 with {@code Retry-After}: memory
 * never grows with the load), and {@code readConnections} database connections for reads beside
 * the one writer. Requests that check a password (HTTP Basic, the sign-in form) have a lane of
 * their own, {@code passwordWorkers} at a time with as many waiting as other requests, so that
 * their hashing never holds the workers the other routes need. {@code verifiedKeys} API keys
 * whose check is remembered, so that a client sending its key on every request costs one HMAC
 * (the memory this takes is bounded by it).
 */
public record Capacity(int workers, int maxQueued, int readConnections, int passwordWorkers, int verifiedKeys) {

  /**
   * Twice the cores, at least 4: a request is mostly CPU (SQLite runs in the process), so more
   * at once only share the cores among more of them (each takes longer, more of them are
   * preempted while holding a read connection) while those beyond wait their turn in order.
   * On 2 cores 16 at once gave no more requests/s than 4 and a longer p99 (README, bench-serve).
   */
  public static final int DEFAULT_WORKERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  public static final int DEFAULT_MAX_QUEUED = 256;
  /** Half the cores: password hashing is all CPU, and the other half serves everything else. */
  public static final int DEFAULT_PASSWORD_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  /**
   * One for each request the two lanes handle at once, so that an admitted request never waits
   * for a read connection (a wait that costs a hand-off between threads, twice a request: its
   * authentication and its page are two reads).
   */
  public static final int DEFAULT_READ_CONNECTIONS = DEFAULT_WORKERS + DEFAULT_PASSWORD_WORKERS;

  public Capacity {
    check("server.workers", workers, 1, 1_000);
    check("server.max-queued-requests", maxQueued, 0, 100_000);
    check("server.read-connections", readConnections, 1, 1_000);
    check("server.password-workers", passwordWorkers, 1, 1_000);
    check("server.verified-keys", verifiedKeys, 1, 1_000_000);
  }

  /** The default number of remembered keys. */
  public Capacity(int workers, int maxQueued, int readConnections, int passwordWorkers) {
    this(workers, maxQueued, readConnections, passwordWorkers, VerifiedKeys.DEFAULT_CAPACITY);
  }

  /** The default lane for password checks. */
  public Capacity(int workers, int maxQueued, int readConnections) {
    this(workers, maxQueued, readConnections, DEFAULT_PASSWORD_WORKERS);
  }

  public static Capacity defaults() {
    return new Capacity(DEFAULT_WORKERS, DEFAULT_MAX_QUEUED, DEFAULT_READ_CONNECTIONS);
  }

  private static void check(String key, int v, int min, int max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(key + " " + v + " is outside " + min + ".." + max);
    }
  }
}
