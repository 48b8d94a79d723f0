package org.vigil.extract;

/**
 * Phrases the role model may take for people or things harmed that the words around them say
 * were not: who told the news ("provincial officials said"), an earlier event ("responding to a
 * prior attack at a depot"), when it happened ("during Friday prayers"), who had it done ("the
 * mayor ordered the killing"), who answered it ("police later killed the attacker"), what the
 * attackers rode ("gunmen on motorbikes", {@link RiddenVehicles}), and where it happened ("in Al-Amal
 * neighbourhood"). Stateless.
 */
final class Bystanders {

  private Bystanders() {}

  /** Whether the phrase at tokens {@code [first, end)} names no one and nothing the incident harmed. */
  static boolean any(Doc doc, int first, int end) {
    return Sources.speaker(doc, first, end) || NotTargets.earlierEvent(doc, first) || NotTargets.worshipTime(doc, first, end)
        || TargetPhrases.ordering(doc, end) || NotTargets.responders(doc, first, end) || RiddenVehicles.any(doc, first, end)
        || Whereabouts.settlement(doc, first, end);
  }
}
