package org.vigil.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which object versions of a collection to read, for which organisation. Empty lists do not
 * filter, except {@code specVersions}: empty means each object's latest spec version, and
 * {@code versions}: empty means {@code last}.
 *
 * @param viewerOrg the organisation reading; the store returns only what its TLP clearance allows
 * @param addedAfter only versions added after this {@code dateAdded} (same form), or null
 * @param versions {@code all}, {@code first}, {@code last} or version keys (alternatives)
 * @param after the page starts after this position, or null
 * @param limit most versions returned
 */
public record ObjectQuery(String collectionId, long viewerOrg, @Nullable String addedAfter, List<String> ids,
    List<String> types, List<String> versions, List<String> specVersions, @Nullable Position after, int limit) {

  public ObjectQuery {
    Objects.requireNonNull(collectionId, "collectionId");
    ids = List.copyOf(ids);
    types = List.copyOf(types);
    versions = List.copyOf(versions);
    specVersions = List.copyOf(specVersions);
    if (limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " must be at least 1");
    }
  }

  /** A place in the {@code date_added} order. */
  public record Position(String dateAdded, long seq) {
    public Position {
      Objects.requireNonNull(dateAdded, "dateAdded");
    }
  }
}
