package org.vigil.stix;

import java.util.Objects;

/**
 * How a Vigil instance publishes STIX.
 *
 * @param producerName the name of this Vigil instance's {@code identity}, the
 *     {@code created_by_ref} of everything it makes
 * @param defaultMarking the TLP level put on objects that have no other
 */
public record StixConfig(String producerName, Tlp defaultMarking) {

  /** Longest producer name accepted. */
  public static final int MAX_PRODUCER_NAME = 200;

  public StixConfig {
    Objects.requireNonNull(defaultMarking, "defaultMarking");
    if (producerName.isBlank() || producerName.length() > MAX_PRODUCER_NAME) {
      throw new IllegalArgumentException("producer name '" + producerName
          + "' must be 1 to " + MAX_PRODUCER_NAME + " characters (MAX_PRODUCER_NAME)");
    }
  }

  /** Producer "Vigil", marking TLP:GREEN (the data come from public news reports). */
  public static StixConfig defaults() {
    return new StixConfig("Vigil", Tlp.GREEN);
  }
}
