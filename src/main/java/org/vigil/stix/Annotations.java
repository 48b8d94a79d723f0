package org.vigil.stix;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by {@link Note} and {@link Opinion}. */
final class Annotations {

  /** Most objects one note or opinion may be about. */
  static final int MAX_REFS = 1_000;

  private static final Pattern UUID4 = Pattern.compile(
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  private static final Pattern ID = Pattern.compile(
      "[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  private Annotations() {}

  static void requireId(String type, String id) {
    if (!id.startsWith(type + "--") || !UUID4.matcher(id.substring(type.length() + 2)).matches()) {
      throw new IllegalArgumentException("id '" + id + "' is not of the form " + type + "--UUIDv4");
    }
  }

  static void requireVersions(String id, Instant created, Instant modified) {
    if (modified.isBefore(created)) {
      throw new IllegalArgumentException(id + ": modified " + modified + " is before created " + created);
    }
  }

  static List<String> requireRefs(String id, List<String> refs) {
    if (refs.isEmpty() || refs.size() > MAX_REFS) {
      throw new IllegalArgumentException(id + ": refers to " + refs.size() + " objects, expected 1 to "
          + MAX_REFS + " (MAX_REFS)");
    }
    for (String r : refs) {
      if (!ID.matcher(r).matches()) {
        throw new IllegalArgumentException(id + ": object_refs holds '" + r + "', not an id of the form type--UUID");
      }
    }
    return List.copyOf(refs);
  }
}
