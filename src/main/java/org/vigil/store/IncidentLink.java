package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Two incidents related but not the same event.
 *
 * @param kind "response_to" (from a raid, arrest or strike to the attack it answered) or
 *     "prevented" (from an arrest or raid to the plot it stopped)
 * @param reportId the report that tied them, if any
 * @param evidence the words that tied them, if any
 */
public record IncidentLink(long id, long from, long to, String kind, @Nullable Long reportId,
    @Nullable String evidence) {

  public IncidentLink {
    Objects.requireNonNull(kind, "kind");
  }
}
