package org.vigil.web;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The address a request came from: the connection's, or, when the connection comes from a
 * trusted reverse proxy ({@code server.trusted-proxies}), the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Stateless.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(Context ctx, Set<String> trustedProxies) {
    String remote = ctx.req().getRemoteAddr();
    String forwarded = ctx.header("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(remote)) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop.length() > 64 ? hop.substring(0, 64) : hop;
      }
    }
    return remote;
  }
}
