package org.vigil.stix;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Versioning of STIX objects: an object whose content did not change keeps its version; a
 * changed one becomes a new version with the first version's {@code created} and a
 * {@code modified} later than the previous one's.
 */
public final class Versions {

  private Versions() {}

  /**
   * The version to publish for {@code candidate}, given the last published version of the same
   * id, if any.
   *
   * @throws IllegalArgumentException when the two objects do not have the same id
   */
  public static StixObject next(Optional<StixObject> previous, StixObject candidate) {
    if (previous.isEmpty()) {
      return candidate;
    }
    StixObject prev = previous.get();
    if (!prev.id().equals(candidate.id())) {
      throw new IllegalArgumentException("cannot version " + candidate.id() + " on top of " + prev.id());
    }
    if (sameContent(prev, candidate)) {
      return prev;
    }
    Instant prevModified = instant(prev, "modified");
    Instant wanted = instant(candidate, "modified");
    Instant modified = wanted.isAfter(prevModified) ? wanted : prevModified.plusMillis(1);
    ObjectNode next = candidate.json();
    prev.text("created").ifPresent(c -> next.put("created", c));
    next.put("modified", StixTime.format(modified));
    return StixObject.ofOwned(next);
  }

  /** True when the objects differ at most in {@code created} and {@code modified}. */
  public static boolean sameContent(StixObject a, StixObject b) {
    ObjectNode x = a.json();
    ObjectNode y = b.json();
    x.remove("created");
    x.remove("modified");
    y.remove("created");
    y.remove("modified");
    return x.equals(y);
  }

  /**
   * A digest of the object's content without {@code created} and {@code modified}, the same
   * whatever the order of its properties. The digested text is the object with its properties
   * sorted by name and each member followed by a comma ({@code {"a":1,"b":["x",],}}): stored
   * digests were made so and must stay comparable.
   */
  public static String contentHash(StixObject o) {
    StringBuilder b = new StringBuilder(1024);
    canonical(o.node(), b, true);
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** Appends the canonical text of {@code n}; at the top level without the version stamps. */
  private static void canonical(JsonNode n, StringBuilder b, boolean top) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>(n.size());
      n.fieldNames().forEachRemaining(k -> {
        if (!top || !k.equals("created") && !k.equals("modified")) {
          names.add(k);
        }
      });
      Collections.sort(names);
      b.append('{');
      for (String k : names) {
        quoted(k, b);
        b.append(':');
        canonical(n.get(k), b, false);
        b.append(',');
      }
      b.append('}');
    } else if (n.isArray()) {
      b.append('[');
      for (JsonNode e : n) {
        canonical(e, b, false);
        b.append(',');
      }
      b.append(']');
    } else if (n.isTextual()) {
      quoted(n.textValue(), b);
    } else {
      b.append(n.toString());
    }
  }

  /** A JSON string as Jackson writes it (the escapes of {@link JsonNode#toString}). */
  private static void quoted(String s, StringBuilder b) {
    b.append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, b);
    b.append('"');
  }

  private static Instant instant(StixObject o, String property) {
    String v = o.text(property).orElseThrow(
        () -> new IllegalArgumentException(o.id() + " has no \"" + property + "\""));
    return StixTime.parse(v).orElseThrow(
        () -> new IllegalArgumentException(o.id() + ": \"" + property + "\" '" + v + "' is not a STIX timestamp"));
  }
}
