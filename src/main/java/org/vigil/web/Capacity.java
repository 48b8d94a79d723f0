package org.vigil.web;

/**
 * How much the server takes on at once: {@code workers} requests handled at a time, at most
 * {@code maxQueued} more waiting for a turn (beyond that, 429 with {@code Retry-After}: memory
 * never grows with the load), and {@code readConnections} database connections for reads beside
 * the one writer.
 */
public record Capacity(int workers, int maxQueued, int readConnections) {

  public static final int DEFAULT_WORKERS = 16;
  public static final int DEFAULT_MAX_QUEUED = 256;

  public Capacity {
    check("server.workers", workers, 1, 1_000);
    check("server.max-queued-requests", maxQueued, 0, 100_000);
    check("server.read-connections", readConnections, 1, 1_000);
  }

  public static Capacity defaults() {
    return new Capacity(DEFAULT_WORKERS, DEFAULT_MAX_QUEUED, SharedStore.DEFAULT_READ_CONNECTIONS);
  }

  private static void check(String key, int v, int min, int max) {
    if (v < min || v > max) {
      throw new IllegalArgumentException(key + " " + v + " is outside " + min + ".." + max);
    }
  }
}
