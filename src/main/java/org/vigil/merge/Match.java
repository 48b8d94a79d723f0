package org.vigil.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A stored incident that a new one matches, with the explanation: each criterion's score
 * and reason, and the weighted total.
 */
public record Match(long incidentId, double score, ObjectNode explanation) {

  public Match {
    Objects.requireNonNull(explanation, "explanation");
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("match score " + score + " is outside 0..1");
    }
  }
}
