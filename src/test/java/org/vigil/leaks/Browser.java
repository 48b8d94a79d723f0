package org.vigil.leaks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser of the web UI: its own cookies, no automatic redirects, forms with their CSRF token. */
public final class Browser {

  /**
   * Reads event streams on threads of their own: were the response already complete, a plain
   * {@code thenAccept} would read the endless stream on the caller's thread.
   */
  static final java.util.concurrent.Executor STREAM_READERS = task -> {
    Thread t = new Thread(task, "leak-suite-stream");
    t.setDaemon(true);
    t.start();
  };
  private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf\" content=\"([^\"]*)\">");

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private String csrf = "";

  public Browser(String base) {
    this.base = base;
  }

  /** Signs in with the form, as a person would; returns the answer to the form. */
  public HttpResponse<String> signIn(String name, String password) {
    get("/ui/login");
    return post("/ui/login", Map.of("name", name, "password", password));
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  /** Posts a form with the CSRF token of the last page. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    String body = java.util.stream.Stream.concat(fields.entrySet().stream(), Map.of("csrf", csrf).entrySet().stream())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Opens an event stream; its lines arrive in {@code lines} until the client is dropped. */
  public void stream(String path, java.util.List<String> lines) {
    client.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(r -> {
          lines.add("status " + r.statusCode());
          r.body().forEach(lines::add);
        }, STREAM_READERS);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
