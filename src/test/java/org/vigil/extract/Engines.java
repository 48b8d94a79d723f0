package org.vigil.extract;

import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerGeocoder;
import org.vigil.registry.Registries;

/** One engine with the bundled data, built once for all tests of a JVM (it is immutable). */
final class Engines {

  private static final Extractor BUNDLED = Extractor.create(Registries.bundled(),
      new GazetteerGeocoder(Gazetteer.loadDefault()));

  private Engines() {}

  static Extractor bundled() {
    return BUNDLED;
  }
}
