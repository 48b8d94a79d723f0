package org.vigil.taxii;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.vigil.stix.StixObject;
import org.vigil.stix.Tlp;
import org.vigil.store.CollectionRow;
import org.vigil.store.StoredObject;

/**
 * A STIX object as a version in a collection. Its version is {@code modified}, else
 * {@code created}, else (cyber-observables, which have neither) its {@code date_added}, as TAXII
 * 2.1 says. Its spec version is {@code spec_version}, else {@code 2.0} for a domain object and
 * {@code 2.1} for an observable. Its TLP rank is that of its most restricted TLP marking (TLP 1.0
 * ones read as their 2.0 level), else the collection's default marking; every marking
 * definition is CLEAR, so that no reader holds a marking reference it cannot resolve.
 */
public final class Stored {

  private Stored() {}

  /**
   * The stored form of {@code json}.
   *
   * @throws IllegalArgumentException saying what is missing or malformed
   */
  public static StoredObject of(ObjectNode json, CollectionRow collection, long ownerOrg, Instant dateAdded) {
    return of(StixObject.of(json), collection, ownerOrg, dateAdded);
  }

  /** The stored form of {@code o}. @throws IllegalArgumentException when its version is malformed */
  public static StoredObject of(StixObject o, CollectionRow collection, long ownerOrg, Instant dateAdded) {
    Optional<String> stated = o.version();
    String version = stated.orElse(TaxiiTime.dateAdded(dateAdded));
    Instant v = TaxiiTime.parse(version).orElseThrow(() -> new IllegalArgumentException(
        o.id() + ": version '" + version + "' is not a UTC timestamp such as 2016-11-03T12:30:59.000Z"));
    String spec = o.text("spec_version").orElse(stated.isPresent() ? "2.0" : "2.1");
    int tlp = o.type().equals("marking-definition") ? Tlp.CLEAR.ordinal()
        : o.tlp().map(Tlp::ordinal).orElse(collection.defaultTlp());
    return new StoredObject(0, collection.id(), o.id(), o.type(), version, TaxiiTime.versionKey(v), spec,
        TaxiiTime.dateAdded(dateAdded), tlp, ownerOrg, o.text("created_by_ref").orElse(null), o.toJson());
  }
}
