package org.vigil.ingest;

import java.util.Set;

/** Told which stored incidents an ingest batch created or updated, inside the batch's transaction. */
@FunctionalInterface
public interface IncidentsTouched {

  /** @param incidentIds ids of the incidents created or updated; never empty */
  void touched(Set<Long> incidentIds);
}
