package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A canonical group record; {@code mergedInto} is set when an analyst merged it into another. */
public record GroupRow(String id, String name, @Nullable String parent, @Nullable String mergedInto) {

  public GroupRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
