package org.vigil.taxii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.store.StoredObject;

/**
 * A STIX object as a version in a collection: its version from {@code modified} (or
 * {@code created}), its spec version ({@code 2.0} when it names none), and its TLP rank from
 * its markings. Unmarked objects count as TLP:RED, so they never leave the organisation that
 * added them; the official TLP marking definitions themselves are TLP:CLEAR.
 */
public final class Stored {

  private Stored() {}

  /**
   * The stored form of {@code json}.
   *
   * @throws IllegalArgumentException saying what is missing or malformed
   */
  public static StoredObject of(ObjectNode json, String collectionId, long ownerOrg, Instant dateAdded) {
    StixObject o = StixObject.of(json);
    String version = o.version().orElseThrow(() -> new IllegalArgumentException(
        o.id() + " has neither \"modified\" nor \"created\""));
    Instant v = TaxiiTime.parse(version).orElseThrow(() -> new IllegalArgumentException(
        o.id() + ": version '" + version + "' is not a UTC timestamp such as 2016-11-03T12:30:59.000Z"));
    JsonNode sv = json.get("spec_version");
    String spec = sv != null && sv.isTextual() ? sv.asText() : "2.0";
    int tlp = Tlp.fromMarkingId(o.id()).isPresent() ? Tlp.CLEAR.ordinal() : o.tlp().orElse(Tlp.RED).ordinal();
    return new StoredObject(0, collectionId, o.id(), o.type(), version, TaxiiTime.versionKey(v), spec,
        TaxiiTime.dateAdded(dateAdded), tlp, ownerOrg, json.toString());
  }
}
