package org.vigil.alert;

import java.util.Objects;
import org.vigil.store.AlertRow;
import org.vigil.store.WatchlistRow;

/**
 * An alert raised or updated.
 *
 * @param change what changed since the previous version ("new" for a new alert)
 */
public record AlertEvent(AlertRow alert, WatchlistRow watchlist, String change) {

  public AlertEvent {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(watchlist, "watchlist");
    Objects.requireNonNull(change, "change");
  }

  public boolean isNew() {
    return alert.version() == 1;
  }

  /** The key of this version of the alert, unique across restarts: what a webhook receives once. */
  public String eventKey() {
    return "alert-" + alert.id() + "-v" + alert.version();
  }
}
