package org.vigil.train;

import java.util.Objects;
import org.vigil.extract.Candidate;

/**
 * A candidate incident with the label its gold data gives it.
 *
 * @param source the gold set ("MUC-4 dev")
 * @param document the document it was found in, so that folds keep a document's candidates together
 * @param label {@link org.vigil.extract.RelevanceModel#INCIDENT} or {@link org.vigil.extract.RelevanceModel#NONE}
 */
public record LabelledCandidate(String source, String document, Candidate candidate, String label) {

  public LabelledCandidate {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(label, "label");
  }
}
