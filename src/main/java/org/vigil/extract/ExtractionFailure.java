package org.vigil.extract;

import java.util.Objects;

/**
 * Why the engine gave no extraction for one report: a bug it met on this text, or the time
 * limit. A batch reports it and goes on with the next report.
 *
 * @param reportId the report's id
 * @param error the exception's class, without its package ({@code NullPointerException},
 *     {@code ExtractionTimeout})
 * @param message the exception's message (the class's name when it has none)
 * @param cause the exception itself, for a stack trace with {@code --verbose}
 */
public record ExtractionFailure(String reportId, String error, String message, Throwable cause) {

  public ExtractionFailure {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(cause, "cause");
  }

  /** The failure of the report, from what the engine threw. */
  public static ExtractionFailure of(String reportId, Throwable cause) {
    String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    return new ExtractionFailure(reportId, cause.getClass().getSimpleName(), message, cause);
  }

  /** True when the report took longer than {@code extract.report-millis}. */
  public boolean timedOut() {
    return cause instanceof ExtractionTimeout;
  }

  /** "engine failed: NullPointerException: ..." or "engine stopped: extraction took longer than ...". */
  public String reason() {
    return timedOut() ? "engine stopped: " + message : "engine failed: " + error + ": " + message;
  }
}
