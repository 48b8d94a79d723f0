package org.vigil.stix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The STIX {@code region-ov} value of a country: its UN M49 sub-region, such as
 * {@code eastern-africa}, from {@code regions.tsv}. Immutable after loading; thread-safe.
 */
final class Regions {

  private static final Map<String, String> BY_COUNTRY = load();

  private Regions() {}

  /** The sub-region of an ISO 3166-1 alpha-2 code, if the table has it. */
  static Optional<String> of(String countryCode) {
    return Optional.ofNullable(BY_COUNTRY.get(countryCode.toUpperCase(Locale.ROOT)));
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = Regions.class.getResourceAsStream("regions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("org/vigil/stix/regions.tsv is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        for (String cc : cols[1].split(" ")) {
          out.put(cc, cols[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/vigil/stix/regions.tsv", e);
    }
    return Map.copyOf(out);
  }
}
