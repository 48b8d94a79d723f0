package org.vigil.extract;

import java.util.Optional;

/**
 * How precisely a date is known, finest first: a day; a range of a few days ("the weekend",
 * "last week"); a month; a year.
 */
public enum DatePrecision implements Labelled {
  DAY, RANGE, MONTH, YEAR;

  /** The constant with this label, if any. */
  public static Optional<DatePrecision> fromLabel(String label) {
    return Labelled.fromLabel(DatePrecision.class, label);
  }
}
