package org.vigil.eval;

import java.util.Objects;

/**
 * A problem that was skipped rather than aborting the run: a bad CSV row, an unreadable
 * template, or a document the engine failed on (scored as one where it found nothing).
 *
 * @param source the file
 * @param line the 1-based line where the problem starts
 * @param reason what is wrong, with the bad value and what was expected
 * @param engineFailure true when the engine failed on a document, false for a problem in the gold data
 */
public record Diagnostic(String source, int line, String reason, boolean engineFailure) {

  public Diagnostic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line + " (" + source + ")");
    }
  }

  /** A problem in the gold data. */
  public Diagnostic(String source, int line, String reason) {
    this(source, line, reason, false);
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + reason;
  }
}
