package org.vigil.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A TAXII collection as one organisation sees it.
 *
 * @param maxTlp the rank (0 CLEAR .. 4 RED) of the most restricted TLP level it may carry
 * @param canRead whether the organisation may read it; {@code canWrite} likewise
 */
public record CollectionRow(String id, String apiRoot, String title, @Nullable String description,
    @Nullable String alias, List<String> mediaTypes, int maxTlp, boolean canRead, boolean canWrite) {

  public CollectionRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(apiRoot, "apiRoot");
    Objects.requireNonNull(title, "title");
    mediaTypes = List.copyOf(mediaTypes);
    if (maxTlp < 0 || maxTlp > 4) {
      throw new IllegalArgumentException("maxTlp " + maxTlp + " is not a TLP rank 0..4");
    }
  }
}
