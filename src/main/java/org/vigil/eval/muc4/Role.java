package org.vigil.eval.muc4;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The document-level roles scored on MUC-4, with the key slots that fill them. As in GRIT's
 * data, the human target (victim) is the person named in slot 18; the descriptions of slot 19
 * are scored as a sixth role outside the micro-average.
 */
public enum Role {
  PERP_INDIVIDUAL("perpetrator individual"),
  PERP_ORGANIZATION("perpetrator organisation"),
  PHYSICAL_TARGET("physical target"),
  HUMAN_TARGET("human target"),
  INSTRUMENT("instrument"),
  /** Not one of the five: the descriptions of the people harmed ("PEASANTS"), scored apart. */
  HUMAN_TARGET_DESCRIPTION("human target description", false);

  private final String label;
  private final boolean micro;

  Role(String label) {
    this(label, true);
  }

  Role(String label, boolean micro) {
    this.label = label;
    this.micro = micro;
  }

  /** True for the five roles of the literature's micro-average. */
  public boolean micro() {
    return micro;
  }

  /** The name used in reports. */
  public String label() {
    return label;
  }

  /** The role a key slot number feeds (6, 9, 10, 12, 18, 19), or null for other slots. */
  static @Nullable Role ofSlot(int slot) {
    return switch (slot) {
      case 6 -> INSTRUMENT;
      case 9 -> PERP_INDIVIDUAL;
      case 10 -> PERP_ORGANIZATION;
      case 12 -> PHYSICAL_TARGET;
      case 18 -> HUMAN_TARGET;
      case 19 -> HUMAN_TARGET_DESCRIPTION;
      default -> null;
    };
  }

  @Override
  public String toString() {
    return label.toUpperCase(Locale.ROOT);
  }
}
