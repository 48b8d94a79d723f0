package org.vigil.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigil.stix.Tlp;

/**
 * The access label every report, incident source and incident carries: the organisation that
 * owns it and its TLP marking. Who may read a labelled row is decided by {@link Visibility}.
 *
 * @param ownerOrg the owning organisation, or null for the instance's own intake (ingested by the
 *     operator, the feeds and the drop directory while no {@code kb.organisation} owns it)
 */
public record Ownership(@Nullable Long ownerOrg, Tlp tlp) {

  public Ownership {
    Objects.requireNonNull(tlp, "tlp");
  }

  /** The instance's own intake, marked {@code tlp}. */
  public static Ownership instance(Tlp tlp) {
    return new Ownership(null, tlp);
  }

  /** Owned by organisation {@code org}, marked {@code tlp}. */
  public static Ownership of(long org, Tlp tlp) {
    return new Ownership(org, tlp);
  }

  /** The label of a row whose {@code owner_org} and {@code tlp} columns were read. */
  static Ownership of(@Nullable Long ownerOrg, int tlp) {
    return new Ownership(ownerOrg, Tlp.values()[Math.max(0, Math.min(Tlp.RED.ordinal(), tlp))]);
  }

  /** True when organisation {@code org} owns it. */
  public boolean ownedBy(long org) {
    return ownerOrg != null && ownerOrg == org;
  }
}
