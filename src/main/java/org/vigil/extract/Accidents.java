package org.vigil.extract;

/**
 * Sentences that tell of an accident or a disaster, not an attack: "a bus plunged into a ravine,
 * killing 40 passengers", "a train derailed near Multan, killing 40". Their weak words of harm
 * ("killing", "the incident") make no incident unless the sentence also has a strong trigger, a
 * weapon, armed people or a named group: "militants derailed a train with explosives" stays an
 * attack. Stateless.
 */
final class Accidents {

  private Accidents() {}

  /** True when tokens {@code [a, b)} (a sentence) tell of an accident and of nothing done by anyone armed. */
  static boolean only(Doc doc, int a, int b) {
    if (!doc.has(a, b, "cue", "accident")) {
      return false;
    }
    return doc.cues(a, b, c -> c.category().equals("trigger.strong") || c.category().equals("weapon")
        || c.category().equals("perp") || c.is("cue", "armed")).isEmpty()
        && doc.groupsIn(a, b).isEmpty();
  }
}
