package org.vigil.eval;

import java.util.List;
import java.util.Optional;
import org.vigil.extract.Extraction;
import org.vigil.extract.Incident;

/** The incidents a report itself reports: those that are not background. Stateless. */
public final class Current {

  private Current() {}

  /** The extraction's non-background incidents, in order. */
  public static List<Incident> incidents(Extraction x) {
    return x.incidents().stream().filter(i -> !i.background()).toList();
  }

  /** The first non-background incident, the one compared with a one-incident gold record. */
  public static Optional<Incident> primary(Extraction x) {
    return incidents(x).stream().findFirst();
  }
}
