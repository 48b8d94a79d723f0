package org.vigil.extract;

/**
 * The thread extracting a report was interrupted (the server is stopping): the work stopped, and
 * the report is not at fault. {@link Extractor#attempt} passes it on instead of making it the
 * report's failure, so that a queue can leave the report for the next start.
 */
public final class ExtractionInterrupted extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExtractionInterrupted(String reportId, String stage) {
    super("extraction of report " + reportId + " interrupted while " + stage);
  }
}
