package org.vigil.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs Vigil may request: {@code http} or {@code https} to a host whose every address is
 * public, or to a host an administrator allowed by name. The check resolves the name (so a
 * public-looking name that points inside is refused) and callers check again on every redirect
 * ({@link #redirect}). The JVM caches what it resolved, so the connection that follows uses the
 * address that was checked for as long as that cache holds it ({@code networkaddress.cache.ttl}).
 * Thread-safe.
 *
 * @param allowedHosts host names (lower case) that may be requested whatever they resolve to
 *     ({@code outbound.allowed-hosts})
 * @param maxRedirects most redirects followed from one request ({@code outbound.max-redirects})
 */
public record OutboundPolicy(Set<String> allowedHosts, int maxRedirects) {

  public static final int DEFAULT_MAX_REDIRECTS = 5;

  public OutboundPolicy {
    allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("outbound.max-redirects " + maxRedirects + " is outside 0..20");
    }
  }

  /** No host allowed beyond the public internet; at most {@value #DEFAULT_MAX_REDIRECTS} redirects. */
  public static OutboundPolicy defaults() {
    return new OutboundPolicy(Set.of(), DEFAULT_MAX_REDIRECTS);
  }

  /**
   * The URL, when Vigil may request it.
   *
   * @throws OutboundException naming the URL's host and why it is refused (not http(s), no host,
   *     unknown host, or an address that is not public)
   */
  public URI check(String url) {
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      throw new OutboundException("'" + url + "' is not a URL: " + e.getReason());
    }
    return check(u);
  }

  /** As {@link #check(String)}. */
  public URI check(URI u) {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new OutboundException("'" + redacted(u) + "' is not an http or https URL");
    }
    String host = u.getHost();
    if (host == null || host.isEmpty()) {
      throw new OutboundException("'" + redacted(u) + "' has no host");
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (allowedHosts.contains(name)) {
      return u;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(name);
    } catch (UnknownHostException e) {
      throw new OutboundException("host " + host + " is unknown");
    }
    for (InetAddress a : addresses) {
      Optional<String> why = Addresses.notPublic(a);
      if (why.isPresent()) {
        throw new OutboundException("host " + host + " is " + a.getHostAddress() + ", a " + why.get()
            + " address: Vigil does not connect to its own network unless the host is in outbound.allowed-hosts");
      }
    }
    return u;
  }

  /**
   * Where a redirect from {@code from} leads, checked like the first URL.
   *
   * @param hop how many redirects were followed before this one
   * @throws OutboundException for a redirect beyond {@code outbound.max-redirects} or to a refused URL
   */
  public URI redirect(URI from, String location, int hop) {
    if (hop >= maxRedirects) {
      throw new OutboundException("more than " + maxRedirects + " redirects from " + redacted(from)
          + " (outbound.max-redirects)");
    }
    try {
      return check(from.resolve(new URI(location.strip())));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new OutboundException("redirect from " + redacted(from) + " to a malformed location");
    }
  }

  /** The URL without its user information, query and fragment (where credentials hide), for messages. */
  public static String redacted(URI u) {
    String s = (u.getScheme() == null ? "" : u.getScheme() + "://") + (u.getHost() == null ? "" : u.getHost())
        + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (u.getRawPath() == null ? "" : u.getRawPath());
    return u.getRawQuery() == null ? s : s + "?...";
  }

  /** {@link #redacted(URI)} of a URL given as text, or a placeholder when it is not one. */
  public static String redacted(String url) {
    try {
      return redacted(new URI(url));
    } catch (URISyntaxException e) {
      return "(a malformed URL)";
    }
  }
}
