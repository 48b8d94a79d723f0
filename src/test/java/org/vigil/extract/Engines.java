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

  /** The incidents the bundled engine extracts from {@code text} published on {@code published}. */
  static java.util.List<Incident> incidents(String text, java.time.LocalDate published) {
    return BUNDLED.extract(org.vigil.report.Report.of("r", text, published)).incidents();
  }

  /** The first incident the bundled engine extracts, failing the test when there is none. */
  static Incident first(String text, java.time.LocalDate published) {
    java.util.List<Incident> all = incidents(text, published);
    org.assertj.core.api.Assertions.assertThat(all).as("incidents of: %s", text).isNotEmpty();
    return all.get(0);
  }

  /** The words that name each perpetrator of {@code incidents}: the people described, else the mention. */
  static java.util.List<String> perpetratorWords(java.util.List<Incident> incidents) {
    return incidents.stream().flatMap(i -> i.perpetrators().stream())
        .map(p -> p.individuals() == null ? p.mention() : p.individuals()).toList();
  }
}
