package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An analyst's decision on one field of one incident.
 *
 * @param action "confirm", "reject" or "set"
 * @param value the analyst's value (JSON) for "set"; null otherwise
 */
public record Review(long incidentId, String field, String action, @Nullable String value, String at) {

  public Review {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(at, "at");
    if (!action.equals("confirm") && !action.equals("reject") && !action.equals("set")) {
      throw new IllegalArgumentException("review action '" + action + "' is not confirm, reject or set");
    }
    if (action.equals("set") != (value != null)) {
      throw new IllegalArgumentException("a value goes with 'set' only; got " + action + " with " + value);
    }
  }
}
