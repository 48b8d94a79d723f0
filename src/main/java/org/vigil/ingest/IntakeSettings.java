package org.vigil.ingest;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigil.stix.Tlp;
import org.vigil.store.Organisation;
import org.vigil.store.Ownership;
import org.vigil.store.Store;

/**
 * Who owns what the instance takes in itself ({@code vigil ingest}, {@code vigil import-dataset},
 * the feeds and the drop directory; not reports pushed through the API, which belong to the
 * pusher's organisation) and how it is marked, each named as in {@code vigil.properties}.
 *
 * @param organisation the organisation that owns it ({@code kb.organisation}): its analysts review
 *     it and its partners read it under their partnership; null leaves it the instance's own,
 *     which every organisation reads up to GREEN and only the command line changes
 * @param marking its TLP level ({@code kb.marking})
 */
public record IntakeSettings(@Nullable String organisation, Tlp marking) {

  /** Public news: TLP:GREEN. */
  public static final Tlp DEFAULT_MARKING = Tlp.GREEN;

  public IntakeSettings {
    Objects.requireNonNull(marking, "marking");
    if (organisation != null && organisation.isBlank()) {
      organisation = null;
    }
    if (organisation == null && marking.above(Tlp.GREEN)) {
      throw new IllegalArgumentException("kb.marking " + marking.label() + " needs kb.organisation: the instance's "
          + "own intake above GREEN would be read by no organisation");
    }
  }

  public static IntakeSettings defaults() {
    return new IntakeSettings(null, DEFAULT_MARKING);
  }

  /** The label of the intake when the organisation's id is {@code orgId} (null: the instance). */
  public Ownership ownership(@Nullable Long orgId) {
    return new Ownership(orgId, marking);
  }

  /**
   * The label of the intake in {@code store}.
   *
   * @throws IllegalArgumentException when {@code kb.organisation} names no organisation of the store
   */
  public Ownership resolve(Store store) {
    if (organisation == null) {
      return ownership(null);
    }
    return ownership(store.access().findOrganisation(organisation).map(Organisation::id)
        .orElseThrow(() -> new IllegalArgumentException("kb.organisation '" + organisation
            + "' is not an organisation of this knowledge base; add it with vigil admin add-org")));
  }
}
