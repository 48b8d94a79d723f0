package org.vigil.ingest;

import org.vigil.report.ReadLimits;

/**
 * Limits and sizes of ingest, each named as in {@code vigil.properties}.
 *
 * @param batchSize reports per transaction ({@code ingest.batch-size})
 * @param nearDuplicateSimilarity estimated Jaccard similarity of word shingles from which a
 *     report is a near-duplicate of an earlier one, 0.5 to 1, or above 1 to turn the check off
 *     ({@code ingest.near-duplicate-similarity})
 * @param maxTextChars longest report text, in characters ({@code ingest.max-text-chars}; 5 MB of text by default)
 * @param maxGzipBytes most bytes one {@code .gz} file may expand to ({@code ingest.max-gzip-bytes})
 * @param progressSeconds seconds between plain progress lines ({@code ingest.progress-seconds})
 */
public record IngestSettings(int batchSize, double nearDuplicateSimilarity, int maxTextChars, long maxGzipBytes,
    double progressSeconds) {

  public static final int DEFAULT_BATCH_SIZE = 200;

  public IngestSettings {
    if (batchSize <= 0) {
      throw new IllegalArgumentException("ingest.batch-size must be positive: " + batchSize);
    }
    if (nearDuplicateSimilarity < 0.5) {
      throw new IllegalArgumentException("ingest.near-duplicate-similarity must be at least 0.5 "
          + "(lower values are not found by the band index): " + nearDuplicateSimilarity);
    }
    if (maxTextChars <= 0 || maxGzipBytes <= 0) {
      throw new IllegalArgumentException("ingest.max-text-chars and ingest.max-gzip-bytes must be positive");
    }
    if (progressSeconds < 0) {
      throw new IllegalArgumentException("ingest.progress-seconds must not be negative: " + progressSeconds);
    }
  }

  public static IngestSettings defaults() {
    return new IngestSettings(DEFAULT_BATCH_SIZE, 0.7, ReadLimits.DEFAULT_MAX_TEXT_CHARS, 50L << 20, 2.0);
  }

  ReadLimits readLimits() {
    return new ReadLimits(maxTextChars, Math.max(maxTextChars * 2, ReadLimits.DEFAULT_MAX_LINE_CHARS),
        ReadLimits.DEFAULT_MAX_HTML_DEPTH);
  }
}
