package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/** The report an extraction came from. */
public record ReportInfo(String id, @Nullable String title, @Nullable String published,
    @Nullable String source, @Nullable String url) {

  /** What an extraction says of its report. */
  public static ReportInfo of(org.vigil.report.Report r) {
    return new ReportInfo(r.id(), r.title(), r.published() == null ? null : r.published().toString(), r.source(),
        r.url());
  }
}
