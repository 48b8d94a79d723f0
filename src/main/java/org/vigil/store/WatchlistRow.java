package org.vigil.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored watchlist.
 *
 * @param id 0 for a row not yet inserted
 * @param ownerUser the owning user, or null when an organisation owns it
 * @param ownerOrg the owning organisation, or null when a user owns it
 * @param kind {@code group}, {@code place}, {@code site}, {@code area} or {@code keywords}
 * @param value the group's name, the place or site's name, the country code or province, or
 *     the keywords (comma-separated)
 * @param radiusKm for places and sites: how far from {@code lat, lon} an incident matches
 * @param category for sites: shrine, stadium, embassy, school...
 * @param incidentTypes labels of incident types that match; empty: all
 * @param minKilled the least number killed that matches, or null
 * @param arrestsOnly whether only arrests match
 */
public record WatchlistRow(long id, @Nullable Long ownerUser, @Nullable Long ownerOrg, String name, String kind,
    String value, @Nullable Double lat, @Nullable Double lon, @Nullable Double radiusKm, @Nullable String category,
    List<String> incidentTypes, @Nullable Integer minKilled, boolean arrestsOnly) {

  public WatchlistRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    incidentTypes = List.copyOf(incidentTypes);
    if ((ownerUser == null) == (ownerOrg == null)) {
      throw new IllegalArgumentException("a watchlist is owned by exactly one user or one organisation");
    }
  }

  public WatchlistRow withId(long newId) {
    return new WatchlistRow(newId, ownerUser, ownerOrg, name, kind, value, lat, lon, radiusKm, category,
        incidentTypes, minKilled, arrestsOnly);
  }
}
