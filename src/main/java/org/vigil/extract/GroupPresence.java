package org.vigil.extract;

import java.util.Set;
import org.vigil.text.WordSet;

/**
 * A group named for where it operates, not for what it did: "No group claimed the attack, but
 * the Pakistani Taliban are active in the area". Stateless.
 */
final class GroupPresence {

  private GroupPresence() {}

  private static final Set<String> BE = WordSet.of("is", "are", "was", "were", "remain", "remains", "has", "have");
  private static final Set<String> PRESENT = WordSet.of("active", "present", "entrenched", "strong", "dominant");
  private static final Set<String> OPERATE = WordSet.of("operate", "operates", "operating", "roam", "roams");

  /**
   * Whether the group named at {@code g} is the subject of a sentence that says it is present
   * ("are active in", "has long been present in", "operates in"), right after its name.
   */
  static boolean only(Doc doc, NamedMention<?> g) {
    int i = g.end();
    if (OPERATE.contains(doc.key(i))) {
      return true;
    }
    if (!BE.contains(doc.key(i))) {
      return false;
    }
    i++;
    if (doc.key(i).equals("long") || doc.key(i).equals("also")) {
      i++;
    }
    if (doc.key(i).equals("been")) {
      i++;
    }
    return PRESENT.contains(doc.key(i)) && (doc.key(i + 1).equals("in") || doc.key(i + 1).equals("across")
        || doc.key(i + 1).equals("throughout"));
  }
}
