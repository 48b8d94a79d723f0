package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a piece of the workspace came from when a partner shared it: an incident source or a
 * report made from a partner's STIX object.
 *
 * @param id 0 for one not yet stored
 * @param stixVersion the object's {@code modified} (or {@code created}) when it was imported
 * @param sourceId the incident source made from it, or null for a report
 * @param reportId the report made from it, or null for an incident source
 * @param ownerOrg the organisation that shared it
 * @param producer its {@code created_by_ref}, if it names one
 * @param tlp rank of its TLP marking, 0 CLEAR .. 4 RED (unmarked: the default it was imported with)
 */
public record SharedOrigin(long id, String stixId, String stixVersion, @Nullable Long sourceId,
    @Nullable Long reportId, long ownerOrg, @Nullable String producer, int tlp, String importedAt) {

  public SharedOrigin {
    Objects.requireNonNull(stixId, "stixId");
    Objects.requireNonNull(stixVersion, "stixVersion");
    Objects.requireNonNull(importedAt, "importedAt");
    if ((sourceId == null) == (reportId == null)) {
      throw new IllegalArgumentException("a shared origin is of an incident source or of a report, got source "
          + sourceId + " and report " + reportId);
    }
    if (tlp < 0 || tlp > 4) {
      throw new IllegalArgumentException("tlp " + tlp + " of " + stixId + " is not a TLP rank 0..4");
    }
  }
}
