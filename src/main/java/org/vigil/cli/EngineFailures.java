package org.vigil.cli;

import java.io.PrintWriter;
import org.vigil.extract.ExtractionFailure;

/**
 * Tells the user about the reports the engine failed on while a batch goes on: one line each on
 * stderr ({@code vigil: FILE:LINE: report ID: engine failed: CLASS: MESSAGE}), the stack trace
 * only with {@code --verbose}, and how many at the end. Not thread-safe.
 */
final class EngineFailures {

  private final PrintWriter err;
  private final boolean verbose;
  private long count;

  EngineFailures(PrintWriter err, boolean verbose) {
    this.err = err;
    this.verbose = verbose;
  }

  /** Reports one failure; {@code where} is the file and line it was read from. */
  void report(String where, ExtractionFailure f) {
    count++;
    err.println("vigil: " + where + ": report " + f.reportId() + ": " + f.reason());
    if (verbose) {
      f.cause().printStackTrace(err);
    }
    err.flush();
  }

  long count() {
    return count;
  }

  /** "vigil: 2 of 9140 reports failed in the engine (listed above)", when any did. */
  void summary(long reports) {
    if (count > 0) {
      err.println("vigil: " + count + " of " + reports + " report(s) failed in the engine (listed above)");
      err.flush();
    }
  }
}
