package org.vigil.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where clients reach the server and who they are behind a proxy. For the absolute URLs it hands
 * out (TAXII discovery): with {@code server.public-url} set, that URL. Otherwise, when the request came through one of the
 * {@code server.trusted-proxies} (addresses or CIDR ranges of the TLS proxies in front), the
 * scheme and host the proxy names in {@code X-Forwarded-Proto} and {@code X-Forwarded-Host};
 * from any other peer those headers are ignored, since a client could write anything in them.
 * Else the request's own scheme and {@code Host}. The client's address ({@link #client}, which
 * failed sign-ins are counted against) is likewise the connection's, or the nearest address in
 * {@code X-Forwarded-For} that is not a trusted proxy. Immutable.
 *
 * @param publicUrl the base URL clients use, such as {@code https://cti.example.org}, or null
 * @param trustedProxies peers whose forwarded headers are believed
 */
public record PublicAddress(@Nullable String publicUrl, List<String> trustedProxies) {

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

  public PublicAddress {
    trustedProxies = List.copyOf(trustedProxies);
    if (publicUrl != null) {
      publicUrl = checkUrl(publicUrl);
    }
    for (String p : trustedProxies) {
      range(p);
    }
  }

  /** No public URL, no trusted proxy: the request's own scheme and host. */
  public static PublicAddress direct() {
    return new PublicAddress(null, List.of());
  }

  /** The base URL for {@code ctx}: scheme, host and port (and path prefix of a public URL), without a final slash. */
  public String base(Context ctx) {
    if (publicUrl != null) {
      return publicUrl;
    }
    String scheme = ctx.scheme();
    String host = ctx.host();
    if (trusted(ctx.req().getRemoteAddr())) {
      String proto = first(ctx.header("X-Forwarded-Proto"));
      String fwdHost = first(ctx.header("X-Forwarded-Host"));
      if (proto != null && (proto.equalsIgnoreCase("http") || proto.equalsIgnoreCase("https"))) {
        scheme = proto.toLowerCase(Locale.ROOT);
      }
      if (fwdHost != null && HOST.matcher(fwdHost).matches()) {
        host = fwdHost;
      }
    }
    return scheme + "://" + host;
  }

  /** Whether the public URL is https (TLS ends at a proxy in front): cookies must then be {@code Secure}. */
  public boolean https() {
    return publicUrl != null && publicUrl.startsWith("https://");
  }

  /**
   * The address a request came from: the connection's, or, when the connection comes from a
   * trusted proxy, the nearest address in {@code X-Forwarded-For} that is not itself one.
   */
  public String client(Context ctx) {
    String remote = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || !trusted(remote)) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !(hop.matches("[0-9A-Fa-f:.]+") && trusted(hop))) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remote;
  }

  private boolean trusted(String peer) {
    byte[] address;
    try {
      address = InetAddress.getByName(peer).getAddress();
    } catch (UnknownHostException e) {
      return false;
    }
    for (String p : trustedProxies) {
      Range r = range(p);
      if (r.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String first(@Nullable String header) {
    if (header == null) {
      return null;
    }
    String v = header.split(",", 2)[0].strip();
    return v.isEmpty() ? null : v;
  }

  private static String checkUrl(String url) {
    String u = url.strip().replaceAll("/+$", "");
    try {
      URI uri = new URI(u);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
          || uri.getQuery() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException("server.public-url '" + url
            + "' is not an http or https URL with a host and no query, such as https://cti.example.org");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("server.public-url '" + url + "' is not a URL: " + e.getMessage(), e);
    }
    return u;
  }

  /** An address with a prefix length. */
  private static final class Range {
    private final byte[] address;
    private final int bits;

    Range(byte[] address, int bits) {
      this.address = address.clone();
      this.bits = bits;
    }

    boolean contains(byte[] other) {
      if (other.length != address.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((address[i / 8] & mask) != (other[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  private static Range range(String entry) {
    String[] parts = entry.strip().split("/", 2);
    try {
      if (!parts[0].matches("[0-9A-Fa-f:.]+")) {
        throw new UnknownHostException(parts[0]);
      }
      byte[] a = InetAddress.getByName(parts[0]).getAddress();
      int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : a.length * 8;
      if (bits < 0 || bits > a.length * 8) {
        throw new NumberFormatException();
      }
      return new Range(a, bits);
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("server.trusted-proxies entry '" + entry
          + "' is not an IP address or a CIDR range such as 10.0.0.0/8", e);
    }
  }
}
