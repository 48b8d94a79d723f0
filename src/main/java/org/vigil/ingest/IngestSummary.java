package org.vigil.ingest;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param read reports read
 * @param stored new reports stored (near-duplicates included)
 * @param duplicates exact duplicates of stored reports (not stored again)
 * @param nearDuplicates stored reports linked as near-duplicates of an earlier one
 * @param skipped inputs skipped, each "file: reason"
 */
public record IngestSummary(long read, long stored, long duplicates, long nearDuplicates,
    List<String> skipped, long incidentsCreated, long incidentsUpdated) {

  public IngestSummary {
    skipped = List.copyOf(skipped);
  }
}
