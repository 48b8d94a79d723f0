package org.vigil.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * Lets {@link Capacity#workers} requests be handled at once and {@link Capacity#maxQueued} more
 * wait their turn, in arrival order; a request beyond both is answered 429 with
 * {@code Retry-After} at once, before it is read or authenticated. A servlet filter around the
 * whole request, so that a turn is given back however the request ends. Event streams, which
 * last as long as their client stays, take no turn. Thread-safe.
 */
final class Admission implements Filter {

  /** Seconds a client turned away is told to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Capacity capacity;
  private final Semaphore places;
  private final Semaphore turns;

  Admission(Capacity capacity) {
    this.capacity = capacity;
    this.places = new Semaphore(capacity.workers() + capacity.maxQueued());
    this.turns = new Semaphore(capacity.workers(), true);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (((HttpServletRequest) req).getRequestURI().endsWith("/stream")) {
      chain.doFilter(req, res);
      return;
    }
    if (!places.tryAcquire()) {
      refuse((HttpServletResponse) res);
      return;
    }
    try {
      turns.acquireUninterruptibly();
      try {
        chain.doFilter(req, res);
      } finally {
        turns.release();
      }
    } finally {
      places.release();
    }
  }

  private void refuse(HttpServletResponse res) throws IOException {
    String detail = "the server is handling " + capacity.workers() + " requests (server.workers) with "
        + capacity.maxQueued() + " more waiting (server.max-queued-requests); try again in "
        + RETRY_AFTER_SECONDS + " s";
    res.setStatus(429);
    res.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    res.setContentType("application/json;charset=utf-8");
    // the REST problem's fields and the TAXII error's, so that either kind of client reads it
    byte[] body = ("{\"title\":\"Too Many Requests\",\"status\":429,\"http_status\":\"429\",\"detail\":\"" + detail
        + "\",\"description\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
