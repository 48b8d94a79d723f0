package org.vigil.eval;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionOutcome;
import org.vigil.extract.Extractor;
import org.vigil.report.Report;
import org.vigil.extract.Incident;

/** The incidents a report itself reports: those that are not background. Stateless. */
public final class Current {

  private Current() {}

  /** The extraction's non-background incidents, in order. */
  public static List<Incident> incidents(Extraction x) {
    return x.incidents().stream().filter(i -> !i.background()).toList();
  }

  /**
   * Runs the engine on one gold document and returns its non-background incidents. An engine
   * failure on the document is a diagnostic naming the document, and the document then counts as
   * one where the engine found nothing, so that failures cost in the scores instead of ending the run.
   */
  public static List<Incident> extract(Extractor engine, Report report, String source,
      Consumer<Diagnostic> problems) {
    return all(engine, report, source, problems).stream().filter(i -> !i.background()).toList();
  }

  /**
   * Every incident of one gold document, background ones included, for gold that codes recalled
   * events too; an engine failure is handled as in {@link #extract}.
   */
  public static List<Incident> all(Extractor engine, Report report, String source, Consumer<Diagnostic> problems) {
    ExtractionOutcome o = engine.attempt(report);
    if (o.failed()) {
      problems.accept(new Diagnostic(source, 0, "document " + report.id() + ": " + o.failure().reason()
          + "; scored as no incident", true));
      return List.of();
    }
    return o.extraction().incidents();
  }

  /** The first non-background incident, the one compared with a one-incident gold record. */
  public static Optional<Incident> primary(Extraction x) {
    return incidents(x).stream().findFirst();
  }
}
