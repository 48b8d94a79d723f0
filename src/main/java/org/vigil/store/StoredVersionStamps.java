package org.vigil.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.vigil.stix.StixObject;
import org.vigil.stix.StixTime;
import org.vigil.stix.VersionStamps;
import org.vigil.stix.Versions;

/**
 * {@link VersionStamps} kept in the store, one row per STIX id: its {@code created}, its last
 * {@code modified} and the digest of its content then. A read per object stamped, and a write
 * when it is new or changed. Thread-safe (calls are serialised; the store itself is not).
 */
public final class StoredVersionStamps implements VersionStamps {

  private final Sql sql;

  StoredVersionStamps(Sql sql) {
    this.sql = sql;
  }

  private record Stamp(String created, String modified, String hash) {}

  @Override
  public synchronized StixObject stamp(StixObject o) {
    Optional<String> created = o.text("created");
    if (created.isEmpty()) {
      return o;
    }
    String hash = Versions.contentHash(o);
    Optional<Stamp> last = sql.one("read version stamp", rs -> new Stamp(rs.getString(1), rs.getString(2),
        rs.getString(3)), "SELECT created, modified, content_hash FROM stix_versions WHERE stix_id = ?", o.id());
    ObjectNode json = o.json();
    if (last.isEmpty()) {
      String modified = o.text("modified").orElse(created.get());
      sql.update("store version stamp", "INSERT INTO stix_versions (stix_id, created, modified, content_hash) "
          + "VALUES (?, ?, ?, ?)", o.id(), created.get(), modified, hash);
      return o;
    }
    Stamp s = last.get();
    json.put("created", s.created());
    if (s.hash().equals(hash)) {
      if (json.has("modified")) {
        json.put("modified", s.modified());
      }
      return StixObject.ofOwned(json);
    }
    Instant previous = StixTime.parse(s.modified()).orElse(Instant.EPOCH);
    Instant wanted = o.text("modified").flatMap(StixTime::parse).orElse(previous);
    String modified = StixTime.format(wanted.isAfter(previous) ? wanted : previous.plusMillis(1));
    if (json.has("modified")) {
      json.put("modified", modified);
    }
    sql.update("update version stamp", "UPDATE stix_versions SET modified = ?, content_hash = ? WHERE stix_id = ?",
        modified, hash, o.id());
    return StixObject.ofOwned(json);
  }
}
