package org.vigil.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.merge.Geo;
import org.vigil.store.IncidentFilter;
import org.vigil.store.IncidentRow;
import org.vigil.store.Store;
import org.vigil.store.Viewer;
import org.vigil.store.WatchlistRow;

/**
 * A site's threat picture, from the incidents its reader reads: the incidents and arrests within
 * its radius by month, the groups active nearby, and attacks on sites of the same category
 * elsewhere (an incident whose site or targets name the category). Reads at most
 * {@link #MAX_INCIDENTS} incidents per part.
 */
public final class ThreatPicture {

  /** Most incidents read for each part of the picture, latest first. */
  public static final int MAX_INCIDENTS = 5000;
  /** Most incidents listed in each list of the answer. */
  public static final int MAX_LISTED = 50;

  private ThreatPicture() {}

  /**
   * @throws IllegalArgumentException when the watchlist has no coordinates and radius
   */
  public static ObjectNode of(Store store, Viewer viewer, WatchlistRow site) {
    if (site.lat() == null || site.lon() == null || site.radiusKm() == null) {
      throw new IllegalArgumentException("watchlist " + site.id() + " is a " + site.kind()
          + " watchlist; a threat picture needs a place or site with coordinates and a radius");
    }
    double lat = site.lat();
    double lon = site.lon();
    double r = site.radiusKm();
    double dLat = r / 111.0;
    double dLon = r / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
    IncidentFilter.Box box = new IncidentFilter.Box(Math.max(-90, lat - dLat), Math.min(90, lat + dLat),
        Math.max(-180, lon - dLon), Math.min(180, lon + dLon));
    List<IncidentRow> near = store.incidents().query(viewer, new IncidentFilter(List.of(), null, null, null, null, box),
        MAX_INCIDENTS, 0).stream()
        .filter(i -> i.lat() != null && Geo.km(lat, lon, i.lat(), i.lon()) <= r && !i.backgroundOnly()).toList();
    ObjectNode out = Alerter.JSON.createObjectNode();
    ObjectNode s = out.putObject("site");
    s.put("watchlistId", site.id());
    s.put("name", site.value());
    s.put("category", site.category());
    s.put("lat", lat);
    s.put("lon", lon);
    s.put("radiusKm", r);
    Map<String, int[]> months = new TreeMap<>();
    Map<String, Integer> groups = new TreeMap<>();
    ArrayNode nearby = out.putArray("nearby");
    for (IncidentRow i : near) {
      String month = i.dateStart() == null ? "unknown" : i.dateStart().substring(0, Math.min(7, i.dateStart().length()));
      int[] c = months.computeIfAbsent(month, k -> new int[2]);
      c["arrest".equals(i.type()) ? 1 : 0]++;
      if (i.groupId() != null) {
        groups.merge(i.groupId(), 1, Integer::sum);
      }
      if (nearby.size() < MAX_LISTED) {
        nearby.add(AlertJson.incident(i).put("distanceKm", Math.round(Geo.km(lat, lon, i.lat(), i.lon()) * 10) / 10.0));
      }
    }
    ArrayNode byMonth = out.putArray("byMonth");
    months.forEach((m, c) -> byMonth.addObject().put("month", m).put("incidents", c[0]).put("arrests", c[1]));
    ArrayNode active = out.putArray("groupsNearby");
    groups.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> active.addObject().put("group", e.getKey()).put("incidents", e.getValue()));
    ArrayNode similar = out.putArray("sameCategoryElsewhere");
    if (site.category() != null) {
      String cat = site.category().toLowerCase(Locale.ROOT);
      for (IncidentRow i : store.incidents().query(viewer, IncidentFilter.all(), MAX_INCIDENTS, 0)) {
        if (similar.size() >= MAX_LISTED) {
          break;
        }
        boolean inside = i.lat() != null && Geo.km(lat, lon, i.lat(), i.lon()) <= r;
        if (!inside && !"arrest".equals(i.type()) && !i.backgroundOnly() && mentions(i, cat)) {
          similar.add(AlertJson.incident(i));
        }
      }
    }
    return out;
  }

  private static boolean mentions(IncidentRow i, String category) {
    if (i.site() != null && i.site().toLowerCase(Locale.ROOT).contains(category)) {
      return true;
    }
    try {
      var targets = Alerter.JSON.readTree(i.recordJson()).path("targets");
      return targets.toString().toLowerCase(Locale.ROOT).contains(category);
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
