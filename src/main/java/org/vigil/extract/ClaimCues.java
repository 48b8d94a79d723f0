package org.vigil.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigil.registry.Group;
import org.vigil.text.PhraseTrie.Match;

/**
 * The cue of a sentence that says who claimed, was blamed for, is suspected of or denied an
 * attack ("claimed responsibility", "blamed on", "suspected", "denied"), and the claim it makes.
 * A negated cue other than a denial says nothing. Thread-safe.
 */
final class ClaimCues {

  private ClaimCues() {}

  /** The sentence's claim cue: the one nearest the group it names, else denied before claimed before attributed. */
  static @Nullable Match<Cue> in(Doc doc, int s) {
    return doc.claimCue(s).orElse(null);
  }

  /** {@link #in}, worked out, for the {@link Doc} to remember. */
  static @Nullable Match<Cue> read(Doc doc, int s) {
    int a = doc.sentenceFirst(s);
    int b = doc.sentenceEnd(s);
    Match<Cue> best = null;
    for (Match<Cue> c : doc.cues(a, b, c -> c.category().equals("cue") && (c.label().equals("claim")
        || c.label().equals("attrib") || c.label().equals("suspect") || c.label().equals("deny")))) {
      boolean negated = false;
      for (int i = Math.max(a, c.firstToken() - 4); i < c.firstToken(); i++) {
        if (Perpetrators.NEGATORS.contains(doc.key(i))) {
          negated = true;
        }
      }
      if (negated && !c.value().label().equals("deny") || analogy(doc, c)) {
        continue;
      }
      if (best == null || closer(doc, a, b, c, best)) {
        best = c;
      }
    }
    return best;
  }

  /** "have been blamed for similar attacks": a habit the group is known for, which says nothing of this one. */
  private static boolean analogy(Doc doc, Match<Cue> c) {
    int e = c.endToken();
    if (doc.key(e - 1).equals("for") || doc.key(e - 1).equals("in")) {
      return ANALOGY.contains(doc.key(e));
    }
    return (doc.key(e).equals("for") || doc.key(e).equals("in")) && ANALOGY.contains(doc.key(e + 1));
  }

  private static final java.util.Set<String> ANALOGY = org.vigil.text.WordSet.of("similar", "such", "previous", "past",
      "earlier", "other", "several", "many", "numerous", "repeated", "frequent");

  /**
   * The cue nearer the group it speaks of wins ("suspected Dawlah Islamiyah, ... blamed for
   * several bombings": suspected); among equals, denied before claimed before attributed.
   */
  private static boolean closer(Doc doc, int a, int b, Match<Cue> c, Match<Cue> best) {
    List<NamedMention<Group>> named = doc.groupsIn(a, b);
    int group = named.isEmpty() ? -1 : named.get(0).first();
    if (group >= 0) {
      int dc = Math.abs(c.firstToken() - group);
      int db = Math.abs(best.firstToken() - group);
      if (dc != db) {
        return dc < db;
      }
    }
    return priority(c) < priority(best);
  }

  static int priority(Match<Cue> c) {
    return switch (c.value().label()) {
      case "deny" -> 0;
      case "claim" -> 1;
      case "attrib" -> 2;
      default -> 3;
    };
  }

  static Claim claimOf(Match<Cue> c) {
    return switch (c.value().label()) {
      case "deny" -> Claim.DENIED;
      case "claim" -> Claim.CLAIMED;
      case "attrib" -> Claim.ATTRIBUTED;
      default -> Claim.SUSPECTED;
    };
  }
}
