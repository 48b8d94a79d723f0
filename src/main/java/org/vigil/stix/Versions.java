package org.vigil.stix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
    return StixObject.of(next);
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
   * whatever the order of its properties.
   */
  public static String contentHash(StixObject o) {
    ObjectNode x = o.json();
    x.remove("created");
    x.remove("modified");
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical(x).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  private static String canonical(JsonNode n) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      StringBuilder b = new StringBuilder("{");
      for (String k : names) {
        b.append(JsonNodeFactory.instance.textNode(k)).append(':').append(canonical(n.get(k))).append(',');
      }
      return b.append('}').toString();
    }
    if (n.isArray()) {
      StringBuilder b = new StringBuilder("[");
      n.forEach(e -> b.append(canonical(e)).append(','));
      return b.append(']').toString();
    }
    return n.toString();
  }

  private static Instant instant(StixObject o, String property) {
    String v = o.text(property).orElseThrow(
        () -> new IllegalArgumentException(o.id() + " has no \"" + property + "\""));
    return StixTime.parse(v).orElseThrow(
        () -> new IllegalArgumentException(o.id() + ": \"" + property + "\" '" + v + "' is not a STIX timestamp"));
  }
}
