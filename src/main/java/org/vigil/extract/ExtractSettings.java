package org.vigil.extract;

/**
 * Limits of the engine on one report.
 *
 * @param reportMillis longest the engine may work on one report, in milliseconds of its thread's
 *     CPU time ({@code extract.report-millis}); a report over it is a failure of that report alone
 */
public record ExtractSettings(long reportMillis) {

  /** {@code extract.report-millis} by default: far above the milliseconds a news report takes. */
  public static final long DEFAULT_REPORT_MILLIS = 5_000;

  public ExtractSettings {
    if (reportMillis < 1) {
      throw new IllegalArgumentException("extract.report-millis must be at least 1, not " + reportMillis);
    }
  }

  public static ExtractSettings defaults() {
    return new ExtractSettings(DEFAULT_REPORT_MILLIS);
  }
}
