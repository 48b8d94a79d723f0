package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The proper names of what an incident hit: its site and targets written with a capital past
 * their first letter ("the Kalamaria Tax Office", "the Sahafi Hotel", "SDF soldiers"), not a
 * kind ("a checkpoint", "civilians"). Two reports naming one of them tell of one place even
 * among look-alike attacks of one day. Stateless.
 */
final class Names {

  private Names() {}

  /** The folded proper names of the site and targets of an incident record ({@code vigil extract} layout). */
  static Set<String> of(JsonNode record) {
    Set<String> out = new HashSet<>();
    add(out, record.path("location").path("site").asText(""));
    for (JsonNode t : record.path("targets")) {
      add(out, t.path("text").asText(""));
    }
    return out;
  }

  /** Whether a name of {@code a} is one of {@code b}, or holds it ("Tax Office" in "the Kalamaria Tax Office"). */
  static boolean shared(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.contains(y) || y.contains(x)));
  }

  private static void add(Set<String> out, String text) {
    if (text.length() > 1 && text.substring(1).chars().anyMatch(Character::isUpperCase)) {
      out.add(Facts.fold(text));
    }
  }
}
