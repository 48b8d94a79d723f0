package org.vigil.extract;

import java.util.Optional;

/** How precisely a date is known. */
public enum DatePrecision implements Labelled {
  DAY, MONTH, YEAR;

  /** The constant with this label, if any. */
  public static Optional<DatePrecision> fromLabel(String label) {
    return Labelled.fromLabel(DatePrecision.class, label);
  }
}
