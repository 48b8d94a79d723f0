package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An incident as stored: the indexed columns, read from {@code recordJson}, and the two JSON
 * documents (machine merge of the sources; that with reviews applied).
 *
 * @param id 0 for a row not yet inserted
 * @param dateStart first day the date can stand for (ISO); {@code dateEnd} the last
 * @param site the site within the place ("hotel", "checkpoint"), if known
 * @param cell 1-degree grid cell of the coordinates, for place lookups
 * @param groupId registry id of the (first) perpetrator group
 * @param ownership the owner of the incident (of its earliest source) and its marking as the
 *     reader sees it: the one its sources share, or the most restricted of those the reader reads
 */
public record IncidentRow(long id, String type, String status, boolean backgroundOnly,
    @Nullable String dateValue, @Nullable String datePrecision, @Nullable String dateStart,
    @Nullable String dateEnd, @Nullable String countryCode, @Nullable String place, @Nullable String site,
    @Nullable Double lat, @Nullable Double lon, @Nullable String placePrecision,
    @Nullable Integer cell, @Nullable String groupId, @Nullable Integer killed,
    @Nullable Integer wounded, String machineJson, String recordJson, Ownership ownership) {

  public IncidentRow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(machineJson, "machineJson");
    Objects.requireNonNull(recordJson, "recordJson");
    Objects.requireNonNull(ownership, "ownership");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must be both set or both missing: " + lat + ", " + lon);
    }
  }

  /** The 1-degree cell of a coordinate: rows of 360 cells from the south pole. */
  public static int cellOf(double lat, double lon) {
    int row = (int) Math.floor(Math.max(-90, Math.min(89.999, lat)) + 90);
    int col = (int) Math.floor(Math.max(-180, Math.min(179.999, lon)) + 180);
    return row * 360 + col;
  }

  public IncidentRow withId(long newId) {
    return new IncidentRow(newId, type, status, backgroundOnly, dateValue, datePrecision, dateStart,
        dateEnd, countryCode, place, site, lat, lon, placePrecision, cell, groupId, killed, wounded,
        machineJson, recordJson, ownership);
  }

  public IncidentRow withOwnership(Ownership newOwnership) {
    return new IncidentRow(id, type, status, backgroundOnly, dateValue, datePrecision, dateStart,
        dateEnd, countryCode, place, site, lat, lon, placePrecision, cell, groupId, killed, wounded,
        machineJson, recordJson, newOwnership);
  }
}
