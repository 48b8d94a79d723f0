package org.vigil.watch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a watchlist watches. */
public enum WatchKind {
  /** A group, its aliases and its sub-groups. */
  GROUP,
  /** A place: coordinates and a radius. */
  PLACE,
  /** A named site (shrine, stadium, embassy...): coordinates, a radius and a category. */
  SITE,
  /** A country (ISO 3166-1 alpha-2 code) or a province (its name). */
  AREA,
  /** Keywords, any of which in the incident's record matches. */
  KEYWORDS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<WatchKind> fromLabel(String label) {
    return Arrays.stream(values()).filter(k -> k.label().equalsIgnoreCase(label.strip())).findFirst();
  }
}
