package org.vigil.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A TAXII collection as one organisation sees it.
 *
 * @param maxTlp the rank (0 CLEAR .. 4 RED) of the most restricted TLP level it may carry
 * @param defaultTlp the rank an object that carries no TLP marking gets in it; at most {@code maxTlp}
 * @param canRead whether the organisation may read it; {@code canWrite} likewise
 */
public record CollectionRow(String id, String apiRoot, String title, @Nullable String description,
    @Nullable String alias, List<String> mediaTypes, int maxTlp, int defaultTlp, boolean canRead,
    boolean canWrite) {

  /** Rank of TLP:GREEN, the default marking of a new collection (or its highest level, if lower). */
  public static final int DEFAULT_TLP = 1;

  public CollectionRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(apiRoot, "apiRoot");
    Objects.requireNonNull(title, "title");
    mediaTypes = List.copyOf(mediaTypes);
    if (maxTlp < 0 || maxTlp > 4) {
      throw new IllegalArgumentException("maxTlp " + maxTlp + " is not a TLP rank 0..4");
    }
    if (defaultTlp < 0 || defaultTlp > maxTlp) {
      throw new IllegalArgumentException("defaultTlp " + defaultTlp + " of collection " + id
          + " is not a TLP rank from 0 to its highest level " + maxTlp);
    }
  }

  /** A collection whose unmarked objects are TLP:GREEN (or its highest level, if lower). */
  public CollectionRow(String id, String apiRoot, String title, @Nullable String description,
      @Nullable String alias, List<String> mediaTypes, int maxTlp, boolean canRead, boolean canWrite) {
    this(id, apiRoot, title, description, alias, mediaTypes, maxTlp, Math.min(DEFAULT_TLP, maxTlp), canRead,
        canWrite);
  }

  /** The same collection as seen by a user who may not write, whatever the organisation may. */
  public CollectionRow readOnly() {
    return new CollectionRow(id, apiRoot, title, description, alias, mediaTypes, maxTlp, defaultTlp, canRead, false);
  }
}
