package org.vigil.extract;

import java.util.List;
import org.vigil.learn.FeatureVector;

/**
 * A report analysed, with the incidents the rules assembled (all, or those the relevance
 * decision kept) and every draft they came from.
 */
record Analysis(Doc doc, List<Assembled> incidents, List<Draft> drafts, EvidenceMaker evidence) {

  Analysis {
    incidents = List.copyOf(incidents);
    drafts = List.copyOf(drafts);
  }

  /** An incident as the rules assembled it, its draft, and the features the relevance decision reads. */
  record Assembled(Draft draft, Incident incident, FeatureVector features) {}
}
