package org.vigil.dataset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerEntry;
import org.vigil.geo.PlaceKind;
import org.vigil.registry.Group;
import org.vigil.registry.Registry;

/**
 * Builds incidents in the {@code vigil extract} JSON layout from dataset fields, and the lookups
 * the mappings share: country names to ISO codes, group names to the registry's canonical names.
 */
final class IncidentJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Gazetteer gazetteer;
  private final Registry<Group> groups;

  IncidentJson(Gazetteer gazetteer, Registry<Group> groups) {
    this.gazetteer = gazetteer;
    this.groups = groups;
  }

  /** Date value and precision ("day", "month" or "year"). */
  record Date(String value, String precision) {}

  /** A place as a dataset gives it. */
  record Place(@Nullable String country, @Nullable String admin1, @Nullable String city,
      @Nullable Double lat, @Nullable Double lon, String precision) {}

  /** What was hit: the dataset's category ("Police") and, when it names one, the target itself ("Police checkpoint"). */
  record Hit(String category, String text) {}

  ObjectNode incident(String type, String status, Date date, Place place, @Nullable String group,
      String claim, @Nullable Hit target, @Nullable Integer killed, @Nullable Integer wounded) {
    ObjectNode i = F.objectNode();
    i.put("type", type);
    i.put("status", status);
    i.put("background", false);
    ObjectNode d = i.putObject("date");
    d.put("value", date.value());
    d.put("precision", date.precision());
    d.putNull("text");
    String name = place.city() != null ? place.city() : place.admin1() != null ? place.admin1() : place.country();
    if (name == null) {
      i.putNull("location");
    } else {
      ObjectNode l = i.putObject("location");
      l.put("name", name);
      l.putNull("site");
      l.put("city", place.city());
      l.put("admin1", place.admin1());
      l.put("country", place.country());
      l.put("countryCode", place.country() == null ? null : countryCode(place.country()).orElse(null));
      l.put("lat", place.lat());
      l.put("lon", place.lon());
      l.put("precision", place.precision());
      l.put("relation", "in");
      l.putNull("offsetKm");
    }
    var perps = i.putArray("perpetrators");
    if (group != null) {
      ObjectNode p = perps.addObject();
      p.put("group", groups.byName(group).map(Group::name).orElse(group));
      p.put("mention", group);
      p.putNull("individuals");
      p.putNull("count");
    }
    i.put("claim", claim);
    i.putArray("agencies");
    var targets = i.putArray("targets");
    if (target != null) {
      targets.addObject().put("type", targetType(target.category())).put("text", target.text());
    }
    i.putArray("victims");
    i.putArray("weapons");
    ObjectNode c = i.putObject("casualties");
    count(c, "killed", killed);
    count(c, "wounded", wounded);
    c.putNull("perpetratorsKilled");
    c.putNull("arrested");
    c.putNull("kidnapped");
    i.put("confidence", 1.0);
    i.putArray("evidence");
    return i;
  }

  Optional<String> countryCode(String name) {
    return gazetteer.lookup(name).stream().filter(e -> e.kind() == PlaceKind.COUNTRY)
        .map(GazetteerEntry::countryCode).findFirst();
  }

  private static void count(ObjectNode c, String field, @Nullable Integer v) {
    if (v == null) {
      c.putNull(field);
    } else {
      c.putObject(field).put("value", v).put("qualifier", "exact");
    }
  }

  private static final Map<String, String> TARGETS = Map.ofEntries(Map.entry("military", "military"),
      Map.entry("police", "police"), Map.entry("diplomatic", "diplomatic"), Map.entry("government", "government"),
      Map.entry("religious", "religious"), Map.entry("business", "business"), Map.entry("education", "educational"),
      Map.entry("transportation", "transportation"), Map.entry("airports", "transportation"),
      Map.entry("maritime", "transportation"), Map.entry("journalists", "journalists"),
      Map.entry("utilities", "utilities"), Map.entry("telecommunication", "telecommunication"), Map.entry("ngo", "ngo"), Map.entry("militia", "non_state_militia"),
      Map.entry("private citizens", "private_citizens"), Map.entry("tourists", "private_citizens"));

  /** Vigil's target type for a dataset's target category (GTD's targtype1_txt). */
  static String targetType(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    // diplomatic before government: "Government (Diplomatic)"
    for (String key : new String[] {"diplomatic", "military", "police", "government", "religious", "business",
        "education", "transportation", "airports", "maritime", "journalists", "utilities", "telecommunication", "ngo", "militia",
        "private citizens", "tourists"}) {
      if (t.contains(key)) {
        return TARGETS.get(key);
      }
    }
    return "other";
  }
}
