package org.vigil.ingest;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows ingest progress on stderr: a bar redrawn in place on a terminal, or plain lines at most
 * every few seconds otherwise. Every line is printed after the batch it counts was committed,
 * so "stored" is what the store holds. Not thread-safe.
 */
public final class Progress {

  private final PrintWriter err;
  private final boolean terminal;
  private final double everySeconds;
  private final long start = System.nanoTime();
  private long lastLine = Long.MIN_VALUE;

  public Progress(PrintWriter err, boolean terminal, double everySeconds) {
    this.err = err;
    this.terminal = terminal;
    this.everySeconds = everySeconds;
  }

  /** Called after each committed batch. */
  void update(long filesDone, long files, long read, long stored) {
    long now = System.nanoTime();
    double rate = read / Math.max(1e-9, (now - start) / 1e9);
    if (terminal) {
      int width = 30;
      int filled = files == 0 ? width : (int) (width * filesDone / files);
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d files, %d reports, %d stored, %.0f reports/s ",
          "#".repeat(filled), " ".repeat(width - filled), filesDone, files, read, stored, rate);
      err.flush();
    } else if (lastLine == Long.MIN_VALUE || now - lastLine >= everySeconds * 1e9) {
      lastLine = now;
      err.printf(Locale.ROOT, "vigil: ingest: %d reports read, %d stored, %.0f reports/s%n", read, stored, rate);
      err.flush();
    }
  }

  /** Ends the bar's line. */
  void finish() {
    if (terminal) {
      err.println();
      err.flush();
    }
  }

  double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
