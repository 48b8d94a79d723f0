package org.vigil.web;

import java.util.Map;
import java.util.Objects;

/**
 * A request that cannot be answered as asked: the status, a short title and a detail that says
 * what was wrong and what was expected. Thrown by handlers and turned into a response by
 * {@link ErrorMapper} only.
 *
 * @see #headers() extra response headers, such as {@code Retry-After}
 */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final transient Map<String, String> headers;

  public HttpProblem(int status, String title, String detail) {
    this(status, title, detail, Map.of());
  }

  public HttpProblem(int status, String title, String detail, Map<String, String> headers) {
    super(detail);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status " + status + " is not an error status (400..599)");
    }
    this.status = status;
    this.title = Objects.requireNonNull(title, "title");
    this.headers = Map.copyOf(headers);
  }

  public static HttpProblem badRequest(String detail) {
    return new HttpProblem(400, "Bad Request", detail);
  }

  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "Not Found", detail);
  }

  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "Forbidden", detail);
  }

  /** 429 for an address that failed a name's password too often: the password is not even checked. */
  public static HttpProblem signInsLocked(long seconds) {
    return new HttpProblem(429, "Too Many Requests", "too many failed sign-ins for this user from this address "
        + "(server.failed-logins-free); try again in " + seconds + " s", Map.of("Retry-After", Long.toString(seconds)));
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, String> headers() {
    return headers;
  }
}
