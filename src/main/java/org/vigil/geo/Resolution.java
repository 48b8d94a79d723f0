package org.vigil.geo;

import java.util.List;
import java.util.Objects;

/**
 * A resolved place with the candidates the geocoder weighed for it, best first (at most
 * {@link GazetteerGeocoder#EXPLAINED_CANDIDATES}).
 */
public record Resolution(ResolvedPlace place, List<ScoredCandidate> candidates) {

  public Resolution {
    Objects.requireNonNull(place, "place");
    candidates = List.copyOf(candidates);
  }
}
