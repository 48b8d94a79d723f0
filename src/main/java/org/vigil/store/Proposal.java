package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A review by an analyst of an organisation that does not own the incident: not applied, but
 * shown to the owner's analysts, who accept it (it becomes their review) or reject it. Only the
 * proposing organisation and the owner read it.
 *
 * @param orgId the proposing organisation
 * @param action and {@code value}: as in {@link Review}
 * @param status {@code open}, {@code accepted} or {@code rejected}
 */
public record Proposal(long id, long incidentId, long orgId, String userName, String field, String action,
    @Nullable String value, String status, String createdAt, @Nullable String decidedBy, @Nullable String decidedAt) {

  public Proposal {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    new Review(incidentId, field, action, value, createdAt);
  }

  /** The review it becomes when accepted at {@code at}. */
  public Review asReview(String at) {
    return new Review(incidentId, field, action, value, at);
  }
}
