package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/**
 * People harmed, as described ("12 worshippers") or named ("Luis Carlos Galan").
 *
 * @param named true when {@code text} is a person's name rather than a description
 */
public record Victim(String text, @Nullable Integer count, boolean named) {

  /** People described, not named. */
  public Victim(String text, @Nullable Integer count) {
    this(text, count, false);
  }
}
