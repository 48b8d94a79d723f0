package org.vigil.eval;

import java.util.Objects;

/**
 * A problem in the gold data that was skipped rather than aborting the run: a bad CSV row, an
 * unreadable template.
 *
 * @param source the file
 * @param line the 1-based line where the problem starts
 * @param reason what is wrong, with the bad value and what was expected
 */
public record Diagnostic(String source, int line, String reason) {

  public Diagnostic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line + " (" + source + ")");
    }
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + reason;
  }
}
