package org.vigil.geo;

import java.util.Locale;

/** How exactly a resolved place is known, like the Global Terrorism Database's specificity. */
public enum Precision {
  SITE, CITY, DISTRICT, PROVINCE, COUNTRY;

  /** The lower-case name used in JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
