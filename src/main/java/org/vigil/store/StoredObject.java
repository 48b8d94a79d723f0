package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One version of a STIX object in a collection.
 *
 * @param seq order of arrival, 0 for one not yet stored; ties of {@code dateAdded} sort by it
 * @param version the object's {@code modified} (or {@code created}) as it wrote it
 * @param versionKey the same instant in a fixed form that sorts as text
 * @param specVersion {@code 2.1}, or {@code 2.0} for objects without {@code spec_version}
 * @param dateAdded when it entered the collection, ISO-8601 UTC with microseconds
 * @param tlp rank of its most restricted TLP marking, 0 CLEAR .. 4 RED (unmarked: the collection's
 *     default marking; marking definitions: 0)
 * @param ownerOrg the organisation that added it
 * @param createdBy its {@code created_by_ref}, the producer's identity, if it names one
 */
public record StoredObject(long seq, String collectionId, String stixId, String type, String version,
    String versionKey, String specVersion, String dateAdded, int tlp, long ownerOrg, @Nullable String createdBy,
    String json) {

  public StoredObject {
    Objects.requireNonNull(collectionId, "collectionId");
    Objects.requireNonNull(stixId, "stixId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(versionKey, "versionKey");
    Objects.requireNonNull(specVersion, "specVersion");
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(json, "json");
    if (tlp < 0 || tlp > 4) {
      throw new IllegalArgumentException("tlp " + tlp + " of " + stixId + " is not a TLP rank 0..4");
    }
  }

  /** A version without a producer named. */
  public StoredObject(long seq, String collectionId, String stixId, String type, String version, String versionKey,
      String specVersion, String dateAdded, int tlp, long ownerOrg, String json) {
    this(seq, collectionId, stixId, type, version, versionKey, specVersion, dateAdded, tlp, ownerOrg, null, json);
  }

  /** The TAXII media type of this version. */
  public String mediaType() {
    return "application/stix+json;version=" + specVersion;
  }
}
