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
import java.util.Base64;
import java.util.concurrent.Semaphore;
import org.vigil.access.ApiKeys;

/**
 * Lets {@link Capacity#workers} requests be handled at once and {@link Capacity#maxQueued} more
 * wait their turn, in arrival order; a request beyond both is answered 429 with
 * {@code Retry-After} at once, before it is read or authenticated. Requests that check a password
 * (HTTP Basic credentials other than an API key, the sign-in form) take their turn in a lane of
 * their own ({@link Capacity#passwordWorkers}), so that password hashing never holds a worker
 * the other routes need. A servlet filter around the whole request, so that a turn is given back
 * however the request ends. Event streams, which last as long as their client stays, take no
 * turn. Thread-safe.
 */
final class Admission implements Filter {

  /** Seconds a client turned away is told to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Capacity capacity;
  private final Lane requests;
  private final Lane passwords;

  Admission(Capacity capacity) {
    this.capacity = capacity;
    this.requests = new Lane(capacity.workers(), capacity.maxQueued(), "server.workers");
    this.passwords = new Lane(capacity.passwordWorkers(), capacity.maxQueued(), "server.password-workers");
  }

  /** Turns of one kind of request and the places to wait for them. */
  private record Lane(Semaphore places, Semaphore turns, int workers, String key) {
    Lane(int workers, int queued, String key) {
      this(new Semaphore(workers + queued), new Semaphore(workers, true), workers, key);
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (((HttpServletRequest) req).getRequestURI().endsWith("/stream")) {
      chain.doFilter(req, res);
      return;
    }
    Lane lane = checksPassword((HttpServletRequest) req) ? passwords : requests;
    if (!lane.places.tryAcquire()) {
      refuse((HttpServletResponse) res, lane);
      return;
    }
    try {
      lane.turns.acquireUninterruptibly();
      try {
        chain.doFilter(req, res);
      } finally {
        lane.turns.release();
      }
    } finally {
      lane.places.release();
    }
  }

  /** Whether the request carries a password to check: Basic credentials without an API key, or the sign-in form. */
  static boolean checksPassword(HttpServletRequest req) {
    if (req.getMethod().equals("POST") && req.getRequestURI().equals("/ui/login")) {
      return true;
    }
    String auth = req.getHeader("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    try {
      String pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon < 0 || ApiKeys.prefix(pair.substring(colon + 1)).isEmpty();
    } catch (IllegalArgumentException e) {
      return false; // refused as malformed without any hashing
    }
  }

  private void refuse(HttpServletResponse res, Lane lane) throws IOException {
    String detail = "the server is handling " + lane.workers + " requests (" + lane.key + ") with "
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
