package org.vigil.store;

import java.util.UUID;
import java.util.regex.Pattern;
import org.vigil.stix.StixIds;

/**
 * {@link StixIds} kept in the store: an id is made once per natural key and read back ever after,
 * so that exports of the same incident, group or report always carry the same id. Thread-safe
 * (calls are serialised; the store itself is not).
 */
public final class StoredStixIds implements StixIds {

  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{1,248}[a-z0-9]");

  private final Sql sql;

  StoredStixIds(Sql sql) {
    this.sql = sql;
  }

  @Override
  public synchronized String idFor(String stixType, String naturalKey) {
    if (!TYPE.matcher(stixType).matches()) {
      throw new IllegalArgumentException("type '" + stixType + "' is not a STIX type name");
    }
    return sql.one("read STIX id", rs -> rs.getString(1),
        "SELECT stix_id FROM stix_ids WHERE stix_type = ? AND natural_key = ?", stixType, naturalKey)
        .orElseGet(() -> {
          String id = stixType + "--" + UUID.randomUUID();
          sql.update("store STIX id", "INSERT INTO stix_ids (stix_type, natural_key, stix_id) VALUES (?, ?, ?)",
              stixType, naturalKey, id);
          return id;
        });
  }
}
