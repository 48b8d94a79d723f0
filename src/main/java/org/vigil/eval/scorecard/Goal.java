package org.vigil.eval.scorecard;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a measure should reach: a minimum in percent, or nothing (a figure that is watched).
 *
 * @param minimum the least acceptable figure, 0 to 100; null when there is no target
 * @param text how the target is written in the table ("≥ 45", "no regression (≥ 94.4)")
 */
public record Goal(@Nullable Double minimum, String text) {

  public Goal {
    if (minimum != null && (minimum < 0 || minimum > 100)) {
      throw new IllegalArgumentException("a goal is a percentage, 0 to 100; was " + minimum);
    }
  }

  /** At least {@code percent}. */
  public static Goal atLeast(double percent) {
    return new Goal(percent, String.format(Locale.ROOT, ">= %s", trim(percent)));
  }

  /** The figure must not fall below the one measured before ({@code percent}). */
  public static Goal noRegression(double percent) {
    return new Goal(percent, String.format(Locale.ROOT, "no regression (>= %s)", trim(percent)));
  }

  /** No target: the figure is shown so that it can be watched. */
  public static Goal watch() {
    return new Goal(null, "(watched)");
  }

  /** True when {@code percent} reaches the goal; a goal without a minimum is never failed. */
  public boolean met(double percent) {
    return minimum == null || percent + 1e-9 >= minimum;
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
