package org.vigil.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Lets {@link Capacity#workers} requests be handled at once and {@link Capacity#maxQueued} more
 * wait their turn, in arrival order; a request beyond both is answered 429 with
 * {@code Retry-After} at once, before it is read or authenticated. Event streams, which last as
 * long as their client stays, take no turn. Thread-safe.
 */
final class Admission {

  /** Seconds a client turned away is told to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  private static final String ADMITTED = "vigil.admitted";

  private final Capacity capacity;
  private final Semaphore places;
  private final Semaphore turns;

  Admission(Capacity capacity) {
    this.capacity = capacity;
    this.places = new Semaphore(capacity.workers() + capacity.maxQueued());
    this.turns = new Semaphore(capacity.workers(), true);
  }

  /** The first before-handler: waits for a turn, or refuses when the queue is full. */
  void enter(Context ctx) {
    if (ctx.path().endsWith("/stream")) {
      return;
    }
    if (!places.tryAcquire()) {
      throw new HttpProblem(429, "Too Many Requests", "the server is handling " + capacity.workers()
          + " requests (server.workers) with " + capacity.maxQueued() + " more waiting "
          + "(server.max-queued-requests); try again in " + RETRY_AFTER_SECONDS + " s",
          Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }
    ctx.attribute(ADMITTED, Boolean.TRUE);
    turns.acquireUninterruptibly();
  }

  /** An after-handler (run after errors too): gives the turn to the next request. */
  void leave(Context ctx) {
    if (ctx.attribute(ADMITTED) != null) {
      ctx.attribute(ADMITTED, null);
      turns.release();
      places.release();
    }
  }
}
