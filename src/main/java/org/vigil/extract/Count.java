package org.vigil.extract;

import java.util.Objects;

/** A number as the text stated it: "at least 144" is {@code (144, AT_LEAST)}. */
public record Count(int value, Qualifier qualifier) {

  public Count {
    if (value < 0) {
      throw new IllegalArgumentException("count must not be negative: " + value);
    }
    Objects.requireNonNull(qualifier, "qualifier");
  }

  public static Count exact(int value) {
    return new Count(value, Qualifier.EXACT);
  }

  /** The sum of two counts, at most {@link Integer#MAX_VALUE}; the qualifier is exact only when both are. */
  public Count plus(Count other) {
    Qualifier q = qualifier == other.qualifier ? qualifier
        : qualifier == Qualifier.EXACT ? other.qualifier
        : other.qualifier == Qualifier.EXACT ? qualifier : Qualifier.ABOUT;
    return new Count((int) Math.min((long) value + other.value, Integer.MAX_VALUE), q);
  }
}
