package org.vigil.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A feed and article server on loopback, port 0, that records the requests it got. Close after the test. */
public final class LocalServer implements AutoCloseable {

  /** A request as received: path and the conditional headers. */
  public record Request(String path, String ifNoneMatch, String ifModifiedSince) {}

  /** Answers one path. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  public final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  public LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public LocalServer on(String path, Handler h) {
    server.createContext(path, ex -> {
      requests.add(new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("If-None-Match"),
          ex.getRequestHeaders().getFirst("If-Modified-Since")));
      try {
        h.handle(ex);
      } finally {
        ex.close();
      }
    });
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      ex.getResponseBody().write(b);
    }
  }

  public long requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
