package org.vigil.extract;

/** The engine worked on one report longer than {@code extract.report-millis} allows and stopped. */
public final class ExtractionTimeout extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reportId;
  private final long limitMillis;
  private final String stage;

  public ExtractionTimeout(String reportId, long limitMillis, String stage) {
    super("extraction took longer than " + limitMillis + " ms of CPU (extract.report-millis) and stopped while "
        + stage);
    this.reportId = reportId;
    this.limitMillis = limitMillis;
    this.stage = stage;
  }

  public String reportId() {
    return reportId;
  }

  public long limitMillis() {
    return limitMillis;
  }

  /** What the engine was doing when the time was up ("grouping mentions", ...). */
  public String stage() {
    return stage;
  }
}
