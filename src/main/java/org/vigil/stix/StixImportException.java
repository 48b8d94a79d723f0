package org.vigil.stix;

import java.util.List;

/** A bundle that was not imported, with every problem found in it; nothing of it was stored. */
public final class StixImportException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ImportProblem> problems;

  public StixImportException(List<ImportProblem> problems) {
    super(problems.isEmpty() ? "import failed" : problems.get(0)
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
