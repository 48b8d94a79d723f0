package org.vigil.store;

import java.util.Objects;

/**
 * A stored alert: one per incident per watchlist.
 *
 * @param version 1 when raised, one more each time a change to the incident was alerted
 * @param state what was alerted on (JSON), compared with the incident to see a change
 * @param updatedAt ISO instant of the last version
 */
public record AlertRow(long id, long watchlistId, long incidentId, int version, String summary, String reason,
    String state, String createdAt, String updatedAt) {

  public AlertRow {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
