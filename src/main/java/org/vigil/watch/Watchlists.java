package org.vigil.watch;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.IncidentType;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.WatchlistRow;

/**
 * Checks a watchlist before it is stored, for the CLI and the REST API alike: each rejection
 * names the field, the value and what was expected.
 */
public final class Watchlists {

  /** Largest radius a place or site may have, in km: beyond it a watchlist is a region, not a place. */
  public static final double MAX_RADIUS_KM = 2000;

  private Watchlists() {}

  /**
   * Returns the watchlist with its kind and types normalised.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static WatchlistRow check(WatchlistRow w, Registry<Group> groups) {
    WatchKind kind = WatchKind.fromLabel(w.kind()).orElseThrow(() -> new IllegalArgumentException(
        "kind '" + w.kind() + "' is not one of group, place, site, area, keywords"));
    if (w.value().isBlank()) {
      throw new IllegalArgumentException("a " + kind.label() + " watchlist needs a value (the "
          + (kind == WatchKind.KEYWORDS ? "keywords" : kind == WatchKind.AREA ? "country code or province" : "name") + ")");
    }
    if (kind == WatchKind.GROUP && groups.byName(w.value()).or(() -> groups.byId(w.value())).isEmpty()) {
      throw new IllegalArgumentException("group '" + w.value() + "' is not in the group registry; "
          + "see vigil group list");
    }
    if (kind == WatchKind.PLACE || kind == WatchKind.SITE) {
      checkPlace(w.lat(), w.lon(), w.radiusKm());
    }
    if (kind == WatchKind.SITE && (w.category() == null || w.category().isBlank())) {
      throw new IllegalArgumentException("a site watchlist needs a category (shrine, stadium, embassy, school...)");
    }
    for (String t : w.incidentTypes()) {
      if (IncidentType.fromLabel(t.strip().toLowerCase(Locale.ROOT)).isEmpty()) {
        throw new IllegalArgumentException("incident type '" + t + "' is unknown; expected one of "
            + List.of(IncidentType.values()).stream().map(IncidentType::label).toList());
      }
    }
    if (w.minKilled() != null && w.minKilled() < 0) {
      throw new IllegalArgumentException("minimum killed must not be negative: " + w.minKilled());
    }
    List<String> types = w.incidentTypes().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    return new WatchlistRow(w.id(), w.ownerUser(), w.ownerOrg(), w.name(), kind.label(), w.value().strip(),
        w.lat(), w.lon(), w.radiusKm(), w.category(), types, w.minKilled(), w.arrestsOnly());
  }

  private static void checkPlace(@Nullable Double lat, @Nullable Double lon, @Nullable Double radiusKm) {
    if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("a place or site needs coordinates LAT,LON within -90..90 and -180..180; "
          + "got " + lat + "," + lon);
    }
    if (radiusKm == null || !(radiusKm > 0) || radiusKm > MAX_RADIUS_KM) {
      throw new IllegalArgumentException("radius must be above 0 and at most " + MAX_RADIUS_KM + " km; got " + radiusKm);
    }
  }

  /** Parses "LAT,LON". */
  public static double[] coordinates(String text) {
    String[] parts = text.split(",");
    try {
      if (parts.length == 2) {
        return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("'" + text + "' is not coordinates of the form LAT,LON (e.g. 34.52,69.18)");
  }
}
