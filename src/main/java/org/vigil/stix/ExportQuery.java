package org.vigil.stix;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to export.
 *
 * @param since only objects whose {@code modified} (or {@code created}) is at or after this
 *     instant; null for all
 * @param maxTlp leave out objects marked above this level; objects without a TLP marking count
 *     as TLP:RED, so they leave only with no limit
 */
public record ExportQuery(@Nullable Instant since, Tlp maxTlp) {

  public ExportQuery {
    Objects.requireNonNull(maxTlp, "maxTlp");
  }

  /** Everything. */
  public static ExportQuery all() {
    return new ExportQuery(null, Tlp.RED);
  }

  /** True when the object passes both filters. */
  public boolean accepts(StixObject o) {
    if (o.tlp().orElse(Tlp.RED).above(maxTlp)) {
      return false;
    }
    if (since == null) {
      return true;
    }
    return o.version().flatMap(StixTime::parse).map(t -> !t.isBefore(since)).orElse(false);
  }
}
