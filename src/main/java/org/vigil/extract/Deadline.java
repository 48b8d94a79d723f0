package org.vigil.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * When the engine must give up on one report. The engine asks it between stages and in its
 * loops over sentences, mentions and incidents, so a pathological text (megabytes without
 * punctuation, one sentence repeated ten thousand times) ends as a failure of that report
 * instead of holding up a batch. The time counted is the CPU time of the extracting thread
 * (wall time where the JVM cannot tell it), so that what fails is the text, not a busy machine.
 * An interrupted thread stops at the next question too, so that a server stops within moments
 * whatever it is extracting. Owned by one extraction on one thread; not thread-safe.
 */
final class Deadline {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final String reportId;
  private final long limitMillis;
  private final boolean cpu;
  private final long end;

  private Deadline(String reportId, long limitMillis) {
    this.reportId = reportId;
    this.limitMillis = limitMillis;
    this.cpu = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    this.end = now() + limitMillis * 1_000_000;
  }

  private long now() {
    return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** A deadline {@code limitMillis} from now for the report. */
  static Deadline after(String reportId, long limitMillis) {
    return new Deadline(reportId, limitMillis);
  }

  /**
   * @param stage what the engine was doing, for the error
   * @throws ExtractionTimeout when the time is up
   * @throws ExtractionInterrupted when the thread was interrupted
   */
  void check(String stage) {
    if (now() - end > 0) {
      throw new ExtractionTimeout(reportId, limitMillis, stage);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new ExtractionInterrupted(reportId, stage);
    }
  }
}
