package org.vigil.eval.scorecard;

import java.util.Objects;

/**
 * One measured figure.
 *
 * @param percent the figure, 0 to 100
 * @param detail what it is made of ("1887/2587", "P 24.7 R 22.9")
 */
public record Figure(double percent, String detail) {

  public Figure {
    Objects.requireNonNull(detail, "detail");
    if (Double.isNaN(percent) || percent < 0 || percent > 100) {
      throw new IllegalArgumentException("a figure is a percentage, 0 to 100; was " + percent);
    }
  }
}
