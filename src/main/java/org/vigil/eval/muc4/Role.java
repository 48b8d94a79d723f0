package org.vigil.eval.muc4;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The five document-level roles scored on MUC-4, with the key slots that fill them. */
public enum Role {
  PERP_INDIVIDUAL("perpetrator individual"),
  PERP_ORGANIZATION("perpetrator organisation"),
  PHYSICAL_TARGET("physical target"),
  HUMAN_TARGET("human target"),
  INSTRUMENT("instrument");

  private final String label;

  Role(String label) {
    this.label = label;
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
      case 18, 19 -> HUMAN_TARGET;
      default -> null;
    };
  }

  @Override
  public String toString() {
    return label.toUpperCase(Locale.ROOT);
  }
}
