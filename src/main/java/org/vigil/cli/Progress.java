package org.vigil.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports/s on a terminal's stderr while long work runs, one line rewritten in place at most
 * once a second; silent when stderr is not a terminal (a pipe or a file keeps clean output).
 * Not thread-safe.
 */
final class Progress {

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long last = start;
  private long count;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  void tick() {
    count++;
    long now = System.nanoTime();
    if (enabled && now - last > 1_000_000_000L) {
      last = now;
      err.printf(Locale.ROOT, "\r%d reports, %.0f reports/s", count, count / ((now - start) / 1e9));
      err.flush();
    }
  }

  void done() {
    if (enabled && last != start) {
      err.printf(Locale.ROOT, "\r%d reports in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
      err.flush();
    }
  }
}
