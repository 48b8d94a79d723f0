package org.vigil.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.vigil.outbound.OutboundException;
import org.vigil.outbound.OutboundPolicy;

/**
 * HTTP GET of feeds and article pages with a conditional request, a size limit
 * ({@code feeds.max-bytes}) and a deadline for each answer ({@code feeds.timeout-seconds}),
 * so a server that drips or stalls costs one poll at most that long. The URL and every redirect
 * are checked by the {@link OutboundPolicy} before they are requested. Thread-safe.
 */
final class Fetcher {

  /** An answer: 304 has an empty body. */
  record Fetched(int status, byte[] body, @Nullable String etag, @Nullable String lastModified,
      @Nullable String contentType, @Nullable String location) {}

  private final HttpClient client;
  private final FeedSettings settings;
  private final OutboundPolicy policy;

  Fetcher(FeedSettings settings, OutboundPolicy policy) {
    this.settings = settings;
    this.policy = policy;
    this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * @throws FeedException naming what failed (a refused address, a timeout, the size, the connection)
   */
  Fetched get(String url, @Nullable String etag, @Nullable String lastModified) {
    try {
      URI uri = policy.check(url);
      for (int hop = 0; ; hop++) {
        Fetched f = once(uri, etag, lastModified);
        if (f.status() / 100 != 3 || f.status() == 304 || f.location() == null) {
          return f;
        }
        uri = policy.redirect(uri, f.location(), hop);
      }
    } catch (OutboundException e) {
      throw new FeedException("refused: " + e.getMessage(), e);
    }
  }

  private Fetched once(URI uri, @Nullable String etag, @Nullable String lastModified) {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
          .header("User-Agent", "Vigil feed reader")
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.8, */*;q=0.5");
    } catch (IllegalArgumentException e) {
      throw new FeedException("'" + OutboundPolicy.redacted(uri) + "' is not a URL: " + e.getMessage(), e);
    }
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    CompletableFuture<HttpResponse<byte[]>> f =
        client.sendAsync(b.build(), info -> new LimitedBody(settings.maxBytes(), "feeds.max-bytes"));
    try {
      HttpResponse<byte[]> r = f.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Fetched(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null),
          r.headers().firstValue("Last-Modified").orElse(null), r.headers().firstValue("Content-Type").orElse(null),
          r.headers().firstValue("Location").orElse(null));
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new FeedException("no complete answer within feeds.timeout-seconds ("
          + settings.timeout().toSeconds() + " s)", e);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new FeedException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof FeedException fe) {
        throw fe;
      }
      if (c instanceof HttpTimeoutException) {
        throw new FeedException("no answer within feeds.timeout-seconds (" + settings.timeout().toSeconds() + " s)", c);
      }
      String what = c instanceof IOException ? "cannot fetch" : "fetch failed";
      throw new FeedException(what + ": " + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()), c);
    }
  }
}
