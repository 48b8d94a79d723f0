package org.vigil.extract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigil.report.Report;

/**
 * What the engine made of one report: its extraction, or the failure that stands for it.
 * Exactly one of the two is present.
 */
public record ExtractionOutcome(Report report, @Nullable Extraction extraction, @Nullable ExtractionFailure failure) {

  public ExtractionOutcome {
    Objects.requireNonNull(report, "report");
    if ((extraction == null) == (failure == null)) {
      throw new IllegalArgumentException("an outcome has an extraction or a failure, not both or neither");
    }
  }

  public boolean failed() {
    return failure != null;
  }
}
