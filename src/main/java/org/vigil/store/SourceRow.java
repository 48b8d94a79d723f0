package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One source of an incident: a report (with the position of the incident in its extraction)
 * or a dataset record, with the values it gave and why it was merged.
 *
 * @param counts false for near-duplicates and background mentions: kept, but not a source for
 *     casualty figures
 * @param valuesJson the incident as this source gave it (the {@code vigil extract} fields)
 * @param explanation JSON: which criteria matched, with scores; {@code {"created":true}} for
 *     the source that created the incident
 * @param ownership the owner and marking of the source (its report's, or the importer's for a
 *     dataset record)
 */
public record SourceRow(long id, long incidentId, @Nullable Long reportId, @Nullable String dataset,
    @Nullable String datasetRef, int position, boolean background, boolean counts,
    @Nullable String published, String valuesJson, String explanation, Ownership ownership) {

  public SourceRow {
    Objects.requireNonNull(valuesJson, "valuesJson");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(ownership, "ownership");
    if ((reportId == null) == (dataset == null)) {
      throw new IllegalArgumentException("a source is either a report or a dataset record, got report "
          + reportId + " and dataset " + dataset);
    }
  }
}
