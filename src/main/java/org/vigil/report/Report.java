package org.vigil.report;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news report ready for extraction.
 *
 * @param id the input record's id, or the file name for plain files
 * @param text the words extraction reads; every offset in the output points into it
 * @param published publication date, anchor of relative dates; null when unknown
 * @param origin where offsets into {@code text} fall in the original document (the HTML for
 *     HTML input); {@link SourceMap#identity()} when the text is the original
 */
public record Report(
    String id,
    @Nullable String title,
    String text,
    @Nullable LocalDate published,
    @Nullable String source,
    @Nullable String url,
    SourceMap origin) {

  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }

  /** This report, or when it carries no publication date, the same dated {@code date}. */
  public Report orPublished(LocalDate date) {
    return published != null ? this : new Report(id, title, text, date, source, url, origin);
  }

  /** A plain-text report. */
  public static Report of(String id, String text, @Nullable LocalDate published) {
    return new Report(id, null, text, published, null, null, SourceMap.identity());
  }
}
