package org.vigil.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The benchmark's HTTP/1.1 client: one kept-alive connection to a port of the loopback address,
 * one request at a time, each answer's body read to its end and dropped. It does far less per
 * request than {@link java.net.http.HttpClient} (no selector thread, no futures, no buffers
 * handed between threads), so that the clients, which share the machine with the server they
 * measure, take as little of it as they can. Not thread-safe: one per client thread.
 */
final class LoopbackClient implements Closeable {

  /** Longest wait for a connection or for the next bytes of an answer. */
  private static final int TIMEOUT_MILLIS = 60_000;
  /** Longest line of the status or a header the client reads. */
  private static final int MAX_LINE = 8_192;

  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackClient(int port) {
    this.port = port;
  }

  /**
   * The bytes of a GET (or a POST of {@code body} as JSON, when given) of {@code uri} with these
   * credentials.
   *
   * @throws IllegalArgumentException when {@code uri} is not on the loopback address 127.0.0.1
   */
  static byte[] request(URI uri, String authorization, String accept, String body) {
    if (!"127.0.0.1".equals(uri.getHost())) {
      throw new IllegalArgumentException("the load goes to the loopback address only, not " + uri.getHost());
    }
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String head = (body == null ? "GET " : "POST ") + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1:" + uri.getPort() + "\r\nAuthorization: " + authorization + "\r\nAccept: " + accept + "\r\n"
        + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n") + "\r\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(content);
    return b.toByteArray();
  }

  /**
   * Sends {@code request} (from {@link #request}) and reads the whole answer.
   *
   * @return the answer's status code
   * @throws IOException when the connection fails or the answer is not HTTP/1.1 as this client
   *     reads it; the connection is closed, and the next request opens another
   */
  int send(byte[] request) throws IOException {
    try {
      if (socket == null) {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream(), 65_536);
        out = socket.getOutputStream();
      }
      out.write(request);
      out.flush();
      return answer();
    } catch (IOException | RuntimeException e) {
      close();
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  private int answer() throws IOException {
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      String name = h.substring(0, Math.max(0, h.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(h.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.endsWith("chunked");
        case "connection" -> closes = value.contains("close");
        default -> { }
      }
    }
    if (chunked) {
      for (long size = chunk(); size > 0; size = chunk()) {
        skip(size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers, dropped
      }
    } else if (length >= 0) {
      skip(length);
    } else if (code >= 200 && code != 204 && code != 304) {
      closes = true;
      while (in.read() >= 0) {
        // a body that ends with the connection
      }
    }
    if (closes) {
      close();
    }
    return code;
  }

  private long chunk() throws IOException {
    String size = line();
    int ext = size.indexOf(';');
    return Long.parseLong((ext < 0 ? size : size.substring(0, ext)).trim(), 16);
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      long skipped = in.skip(n);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("the connection ended " + n + " bytes before the end of the answer");
        }
        skipped = 1;
      }
      n -= skipped;
    }
  }

  /** One line of the answer's head, without its CRLF. */
  private String line() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection ended inside the answer's head");
      }
      if (b.length() == MAX_LINE) {
        throw new IOException("a line of the answer's head is longer than " + MAX_LINE + " bytes");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a loopback socket that failed: nothing left to do
      }
      socket = null;
    }
  }
}
