package org.vigil.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A stored incident that a new one matches, with the explanation: each criterion's score
 * and reason, and the weighted total.
 *
 * @param score the weighted total, capped to 0..1, that the minimum score applies to
 * @param evidence the total before the cap: it ranks look-alikes that both reach 1 (one shares
 *     the toll and the town, the other only the day and the group)
 */
public record Match(long incidentId, double score, double evidence, ObjectNode explanation) {

  public Match {
    Objects.requireNonNull(explanation, "explanation");
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("match score " + score + " is outside 0..1");
    }
  }
}
