package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/**
 * Casualty figures, following the Global Terrorism Database: {@code killed} includes
 * perpetrators who died, {@code perpetratorsKilled} says how many of them. A null figure was
 * not stated; zero was stated ("no one was hurt").
 */
public record Casualties(
    @Nullable Count killed,
    @Nullable Count wounded,
    @Nullable Count perpetratorsKilled,
    @Nullable Count arrested,
    @Nullable Count kidnapped) {

  public static Casualties none() {
    return new Casualties(null, null, null, null, null);
  }
}
