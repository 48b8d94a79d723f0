package org.vigil.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.merge.Geo;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;
import org.vigil.store.IncidentRow;
import org.vigil.store.WatchlistRow;

/**
 * Whether a stored incident matches a watchlist, and why. A group watchlist matches the group
 * named (by its name or any alias) and every group whose parent chain leads to it. Background-only
 * incidents (recalled, not news) never match. Keywords match whole words, case-insensitively.
 * Thread-safe.
 */
public final class WatchMatcher {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Parent chains longer than this are treated as cycles in the registry. */
  private static final int MAX_PARENT_DEPTH = 16;

  private final Registry<Group> groups;

  public WatchMatcher(Registry<Group> groups) {
    this.groups = groups;
  }

  /** The reason the incident matches, or empty when it does not; keywords are sought in its record only. */
  public Optional<String> match(WatchlistRow w, IncidentRow i) {
    return match(w, i, i::recordJson);
  }

  /**
   * The reason the incident matches, or empty when it does not.
   *
   * @param text the words keywords are sought in (the incident's reports), asked for only by
   *     keyword watchlists
   */
  public Optional<String> match(WatchlistRow w, IncidentRow i, java.util.function.Supplier<String> text) {
    if (i.backgroundOnly() || !conditionsHold(w, i)) {
      return Optional.empty();
    }
    WatchKind kind = WatchKind.fromLabel(w.kind()).orElse(WatchKind.KEYWORDS);
    return switch (kind) {
      case GROUP -> groupMatch(w.value(), i);
      case PLACE, SITE -> near(w, i);
      case AREA -> area(w.value(), i);
      case KEYWORDS -> keywords(w.value(), text.get());
    };
  }

  private static boolean conditionsHold(WatchlistRow w, IncidentRow i) {
    if (w.arrestsOnly() && !i.type().equals("arrest")) {
      return false;
    }
    if (!w.incidentTypes().isEmpty() && w.incidentTypes().stream().noneMatch(t -> t.equalsIgnoreCase(i.type()))) {
      return false;
    }
    return w.minKilled() == null || (i.killed() != null && i.killed() >= w.minKilled());
  }

  private Optional<String> groupMatch(String name, IncidentRow i) {
    Optional<Group> watched = groups.byName(name).or(() -> groups.byId(name));
    if (watched.isEmpty()) {
      return Optional.empty();
    }
    String target = watched.get().id();
    for (String id : incidentGroups(i)) {
      Set<String> seen = new HashSet<>();
      Optional<Group> g = groups.byId(id);
      while (g.isPresent() && seen.size() < MAX_PARENT_DEPTH && seen.add(g.get().id())) {
        if (g.get().id().equals(target)) {
          return Optional.of(id.equals(target) ? "group " + watched.get().name()
              : "group " + groups.byId(id).map(Group::name).orElse(id) + ", part of " + watched.get().name());
        }
        String parent = g.get().parent();
        g = parent == null ? Optional.empty() : groups.byId(parent);
      }
    }
    return Optional.empty();
  }

  /** Registry ids of every perpetrator group of the incident. */
  private Set<String> incidentGroups(IncidentRow i) {
    Set<String> ids = new HashSet<>();
    if (i.groupId() != null) {
      ids.add(i.groupId());
    }
    for (JsonNode p : record(i).path("perpetrators")) {
      JsonNode g = p.get("group");
      if (g != null && !g.isNull()) {
        groups.byName(g.asText()).ifPresent(x -> ids.add(x.id()));
      }
    }
    return ids;
  }

  private static Optional<String> near(WatchlistRow w, IncidentRow i) {
    if (w.lat() == null || w.lon() == null || w.radiusKm() == null || i.lat() == null || i.lon() == null) {
      return Optional.empty();
    }
    double km = Geo.km(w.lat(), w.lon(), i.lat(), i.lon());
    return km <= w.radiusKm()
        ? Optional.of(String.format(Locale.ROOT, "%.1f km from %s", km, w.value()))
        : Optional.empty();
  }

  private static Optional<String> area(String value, IncidentRow i) {
    if (i.countryCode() != null && i.countryCode().equalsIgnoreCase(value.strip())) {
      return Optional.of("in " + i.countryCode());
    }
    JsonNode admin1 = record(i).path("location").get("admin1");
    if (admin1 != null && !admin1.isNull() && admin1.asText().equalsIgnoreCase(value.strip())) {
      return Optional.of("in " + admin1.asText());
    }
    return Optional.empty();
  }

  private static Optional<String> keywords(String value, String words) {
    String text = " " + words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    for (String k : value.split(",")) {
      String word = k.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
      if (!word.isEmpty() && text.contains(" " + word + " ")) {
        return Optional.of("keyword '" + k.strip() + "'");
      }
    }
    return Optional.empty();
  }

  private static JsonNode record(IncidentRow i) {
    try {
      return JSON.readTree(i.recordJson());
    } catch (java.io.IOException e) {
      return JSON.createObjectNode();
    }
  }
}
