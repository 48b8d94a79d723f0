package org.vigil.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one evaluation run.
 *
 * @param format the gold layout (gtd, acled, muc4, vigil)
 * @param gold the path that was read
 * @param documents how many gold documents were scored
 * @param fields one score per field, in a stable order
 * @param errors the disagreements, at most {@link Scoreboard#MAX_ERRORS}
 * @param errorsOmitted disagreements left out of {@code errors} because of that limit
 * @param diagnostics problems in the gold data that were skipped, and documents the engine failed on
 */
public record EvalResult(String format, String gold, int documents, List<FieldResult> fields,
    List<ErrorCase> errors, int errorsOmitted, List<Diagnostic> diagnostics) {

  public EvalResult {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(gold, "gold");
    fields = List.copyOf(fields);
    errors = List.copyOf(errors);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The documents the engine failed on, each scored as one where it found nothing. */
  public List<Diagnostic> engineFailures() {
    return diagnostics.stream().filter(Diagnostic::engineFailure).toList();
  }

  /** The score of the named field, if it was scored. */
  public Optional<FieldResult> field(String name) {
    return fields.stream().filter(f -> f.field().equals(name)).findFirst();
  }
}
