package org.vigil.ingest;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param read reports read
 * @param stored new reports stored (near-duplicates included)
 * @param duplicates exact duplicates of stored reports (not stored again)
 * @param nearDuplicates stored reports linked as near-duplicates of an earlier one
 * @param skipped inputs skipped, each "file: reason"; the first {@link #MAX_LISTED} only
 * @param skippedCount how many inputs were skipped in all
 * @param engineFailures reports stored without incidents because the engine failed on them
 *     (counted among the skipped too; {@code vigil reextract} tries them again)
 */
public record IngestSummary(long read, long stored, long duplicates, long nearDuplicates,
    List<String> skipped, long skippedCount, long incidentsCreated, long incidentsUpdated, long engineFailures) {

  /** Most skipped inputs a summary lists (each was also reported as it happened). */
  public static final int MAX_LISTED = 1000;

  public IngestSummary {
    skipped = List.copyOf(skipped);
    if (skipped.size() > MAX_LISTED || skippedCount < skipped.size()) {
      throw new IllegalArgumentException("a summary lists at most " + MAX_LISTED + " of the " + skippedCount
          + " skipped inputs, got " + skipped.size());
    }
  }
}
