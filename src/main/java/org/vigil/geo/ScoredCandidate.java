package org.vigil.geo;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry the geocoder weighed for a mention, its score and the reasons for it.
 *
 * @param reasons readable score components, e.g. "population prior +2.3", "country named in text +2.8"
 */
public record ScoredCandidate(GazetteerEntry entry, double score, List<String> reasons) {

  public ScoredCandidate {
    Objects.requireNonNull(entry, "entry");
    reasons = List.copyOf(reasons);
  }
}
