package org.vigil.report;

/**
 * Why one input item was skipped: the file, the line (0 when not line-based) and the reason.
 */
public record ReadProblem(String file, int line, String reason) {

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
  }
}
