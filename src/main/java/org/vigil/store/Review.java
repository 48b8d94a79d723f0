package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An analyst's decision on one field of one incident.
 *
 * @param action "confirm", "reject" or "set"
 * @param value the analyst's value (JSON): the new value for "set", the value confirmed for
 *     "confirm" (so that it stands even if a newer engine changes it); null for "reject"
 */
public record Review(long incidentId, String field, String action, @Nullable String value, String at) {

  public Review {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(at, "at");
    if (!action.equals("confirm") && !action.equals("reject") && !action.equals("set")) {
      throw new IllegalArgumentException("review action '" + action + "' is not confirm, reject or set");
    }
    if (action.equals("set") && value == null || action.equals("reject") && value != null) {
      throw new IllegalArgumentException("'set' needs a value and 'reject' takes none; got " + action + " with " + value);
    }
  }
}
