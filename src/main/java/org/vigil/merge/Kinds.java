package org.vigil.merge;

import java.util.Set;

/**
 * How the kinds and stages of two incidents compare, for {@link Matcher}: the same type scores 1,
 * two kinds of attack 0.6 (outlets and datasets type one attack differently), an attack against
 * violence of no named kind {@value #UNKNOWN_KIND}, anything else 0 (an arrest is not the attack).
 * Stateless.
 */
final class Kinds {

  private static final Set<String> ATTACKS = Set.of("assassination", "hijacking", "kidnapping",
      "hostage_barricade", "bombing", "air_strike", "shelling", "armed_assault", "armed_clash",
      "unarmed_assault", "facility_attack");
  private static final Set<String> STOPPED = Set.of("foiled_plot", "arrest");
  /** The type of violence of no named kind: a dataset's "Unknown" attack type, a report's "insurgent attack". */
  private static final String UNNAMED = "other_violence";
  /**
   * The type score of an attack against violence of no named kind: about what the two would
   * score if the kind not named were any kind, between another kind (0.6) and the same (1), so
   * that a coder's "Unknown" never weighs as a contradiction of the kind a report names.
   */
  static final double UNKNOWN_KIND = 0.8;

  private Kinds() {}

  /** The type criterion's score of types {@code a} and {@code b}, 0 when they cannot be one event. */
  static double score(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (ATTACKS.contains(a) && ATTACKS.contains(b) || STOPPED.contains(a) && STOPPED.contains(b)) {
      return 0.6;
    }
    if (a.equals(UNNAMED) && ATTACKS.contains(b) || b.equals(UNNAMED) && ATTACKS.contains(a)) {
      return UNKNOWN_KIND;
    }
    return 0;
  }

  /** Whether the type is an attack or violence of no named kind (whose stages must agree). */
  static boolean attack(String type) {
    return ATTACKS.contains(type) || type.equals(UNNAMED);
  }

  /** Whether two statuses can be one event: a threat or a plan is never the attack, an accomplished attack never a foiled one. */
  static boolean sameStage(String a, String b) {
    return stage(a) == stage(b) || Set.of(a, b).equals(Set.of("attempted", "foiled"));
  }

  private static int stage(String status) {
    return switch (status) {
      case "accomplished", "attempted" -> 0;
      case "foiled" -> 1;
      default -> 2; // threatened, planned
    };
  }
}
