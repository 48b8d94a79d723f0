package org.vigil.geo;

import java.util.List;
import java.util.Objects;

/**
 * A resolved place with the candidates the geocoder weighed for it, best first (at most
 * {@link GazetteerGeocoder#EXPLAINED_CANDIDATES}), and a note on any decision beyond the scores
 * (a chain that overruled them, a name kept as written); "" when none.
 */
public record Resolution(ResolvedPlace place, List<ScoredCandidate> candidates, String note) {

  public Resolution {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(note, "note");
    candidates = List.copyOf(candidates);
  }

  public Resolution(ResolvedPlace place, List<ScoredCandidate> candidates) {
    this(place, candidates, "");
  }
}
