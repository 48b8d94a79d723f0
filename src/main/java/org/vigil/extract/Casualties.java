package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/**
 * Casualty figures, following the Global Terrorism Database: {@code killed} includes
 * perpetrators who died, {@code perpetratorsKilled} says how many of them. A null figure was
 * not stated; zero was stated ("no one was hurt").
 *
 * @param killedAdded deaths over a toll an earlier report gave, when the report states only the
 *     increase ("three more bodies were found", "a wounded man died in hospital"); null otherwise,
 *     and null whenever {@code killed} counts the victims
 */
public record Casualties(
    @Nullable Count killed,
    @Nullable Count wounded,
    @Nullable Count perpetratorsKilled,
    @Nullable Count arrested,
    @Nullable Count kidnapped,
    @Nullable Count killedAdded) {

  /** Figures without an increase over an earlier toll. */
  public Casualties(@Nullable Count killed, @Nullable Count wounded, @Nullable Count perpetratorsKilled,
      @Nullable Count arrested, @Nullable Count kidnapped) {
    this(killed, wounded, perpetratorsKilled, arrested, kidnapped, null);
  }

  public static Casualties none() {
    return new Casualties(null, null, null, null, null, null);
  }
}
