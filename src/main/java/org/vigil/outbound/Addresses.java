package org.vigil.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/** Which IP addresses are not on the public internet, and why. Stateless. */
final class Addresses {

  private Addresses() {}

  /** Why {@code a} is not a public address (loopback, private, ...), or empty when it is one. */
  static Optional<String> notPublic(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return Optional.of("loopback");
    }
    if (a.isAnyLocalAddress()) {
      return Optional.of("unspecified");
    }
    if (a.isLinkLocalAddress()) {
      return Optional.of("link-local");
    }
    if (a.isSiteLocalAddress()) {
      return Optional.of("private");
    }
    if (a.isMulticastAddress()) {
      return Optional.of("multicast");
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return Optional.of("private (unique local)");
      }
      if (isMappedOrCompatible(b)) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        return v4(v4).map(why -> why + " (as IPv6)");
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        return v4(new byte[] {b[2], b[3], b[4], b[5]}).map(why -> why + " (6to4)");
      }
      if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
        return Optional.of("documentation");
      }
      return Optional.empty();
    }
    return a instanceof Inet4Address ? v4(b) : Optional.empty();
  }

  private static Optional<String> v4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    if (a0 == 0) {
      return Optional.of("unspecified");
    }
    if (a0 == 127) {
      return Optional.of("loopback");
    }
    if (a0 == 10 || a0 == 172 && a1 >= 16 && a1 <= 31 || a0 == 192 && a1 == 168) {
      return Optional.of("private");
    }
    if (a0 == 169 && a1 == 254) {
      return Optional.of("link-local");
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return Optional.of("carrier-grade NAT");
    }
    if (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) {
      return Optional.of("reserved (IETF protocol assignments)");
    }
    if (a0 == 198 && (a1 == 18 || a1 == 19)) {
      return Optional.of("reserved (benchmarking)");
    }
    if (a0 >= 224) {
      return Optional.of(a0 < 240 ? "multicast" : "reserved");
    }
    return Optional.empty();
  }

  /** ::ffff:a.b.c.d or ::a.b.c.d. */
  private static boolean isMappedOrCompatible(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
  }
}
