package org.vigil.merge;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.store.Review;
import org.vigil.store.Store;
import org.vigil.store.Viewer;

/** Retiring an incident whose sources are now another's, as {@link IncidentMerger#retire} describes. Stateless. */
final class Retirement {

  private Retirement() {}

  static void retire(Store store, long incidentId, long into, String reason) {
    List<Review> theirs = store.reviews().ofIncident(incidentId);
    String why = reason;
    if (Objects.equals(ownerOf(store, incidentId), ownerOf(store, into))) {
      Set<String> reviewed = new HashSet<>();
      store.reviews().ofIncident(into).forEach(r -> reviewed.add(r.field()));
      for (Review r : theirs) {
        if (reviewed.add(r.field())) {
          store.reviews().put(new Review(into, r.field(), r.action(), r.value(), r.at()));
        }
      }
    } else if (!theirs.isEmpty()) {
      why = reason + "; its analysts' reviews were not carried over, since another owner's analysts made them "
          + "(the audit log keeps them)";
    }
    store.links().recordMerge(incidentId, into, why);
    store.incidents().delete(incidentId);
  }

  private static @Nullable Long ownerOf(Store store, long incidentId) {
    return store.incidents().byId(Viewer.OPERATOR, incidentId).map(i -> i.ownership().ownerOrg()).orElse(null);
  }
}
