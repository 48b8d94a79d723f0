package org.vigil.extract;

import java.util.Objects;
import org.vigil.learn.FeatureVector;

/**
 * An incident as the rules assembled it, before the relevance decision, with the features that
 * decision reads ({@link RelevanceFeatures}). Trainers label candidates against gold data.
 *
 * @param incident the assembled incident
 * @param features its relevance features, hashed to {@link RelevanceModel#BITS} bits
 */
public record Candidate(Incident incident, FeatureVector features) {

  public Candidate {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(features, "features");
  }
}
