package org.vigil.ui;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigil.extract.IncidentType;

/**
 * The form that adds a watchlist: one form for every kind, since the kinds share their fields
 * (what is watched, coordinates and radius for places and sites, a category for sites) and
 * their conditions. After a rejected post the values given are shown again, escaped.
 */
final class WatchlistForm {

  private WatchlistForm() {}

  static String of(String csrf, @Nullable Context given) {
    StringBuilder b = new StringBuilder("<section class=\"card\"><h2>Add a watchlist</h2>"
        + "<form method=\"post\" action=\"/ui/watchlists\" id=\"add-watchlist\" class=\"filters\">")
        .append(Layout.csrfField(csrf))
        .append("<label>Kind<select name=\"kind\" id=\"watch-kind\">");
    String kind = value(given, "kind");
    for (String k : WatchlistsPage.kinds()) {
      b.append("<option value=\"").append(k).append('"').append(k.equals(kind) ? " selected" : "").append('>')
          .append(label(k)).append("</option>");
    }
    b.append("</select></label>")
        .append(input("Name", "name", given, "e.g. Shabaab in Mogadishu"))
        .append(input("Watched (group, place or site name such as Palma, MZ, country code or province, keywords)",
            "value", given, "al-Shabaab"))
        .append(input("Coordinates LAT,LON (place, site; empty: found by name in the gazetteer)", "coordinates", given,
            "2.04,45.34"))
        .append(input("Radius km (place, site)", "radiusKm", given, "10"))
        .append(input("Category (site)", "category", given, "shrine, stadium, embassy…"))
        .append("<fieldset><legend>Incident types (none: all)</legend>");
    List<String> types = given == null ? List.of() : given.formParams("type");
    for (IncidentType t : IncidentType.values()) {
      b.append("<label class=\"check\"><input type=\"checkbox\" name=\"type\" value=\"").append(t.label()).append('"')
          .append(types.contains(t.label()) ? " checked" : "").append("> ").append(Html.esc(t.label().replace('_', ' ')))
          .append("</label>");
    }
    b.append("</fieldset>")
        .append(input("Minimum killed", "minKilled", given, "0"))
        .append("<label class=\"check\"><input type=\"checkbox\" name=\"arrestsOnly\" value=\"1\"")
        .append(given != null && given.formParam("arrestsOnly") != null ? " checked" : "").append("> Arrests only</label>")
        .append("<label>Owner<select name=\"owner\"><option value=\"user\">me</option><option value=\"org\"")
        .append("org".equals(value(given, "owner")) ? " selected" : "").append(">my organisation</option></select></label>")
        .append("<button type=\"submit\" id=\"add-watchlist-submit\">Add watchlist</button></form></section>");
    return b.toString();
  }

  private static String label(String kind) {
    return switch (kind) {
      case "group" -> "Group";
      case "place" -> "Place with radius";
      case "site" -> "Named site";
      case "area" -> "Country or province";
      case "keywords" -> "Keywords";
      default -> kind;
    };
  }

  private static String input(String label, String name, @Nullable Context given, String placeholder) {
    return "<label>" + Html.esc(label) + "<input name=\"" + name + "\" id=\"watch-" + name + "\" maxlength=\""
        + WatchlistsPage.MAX_FIELD + "\" placeholder=\"" + Html.esc(placeholder) + "\" value=\""
        + Html.esc(value(given, name)) + "\"></label>";
  }

  private static String value(@Nullable Context given, String name) {
    return given == null ? "" : Optional.ofNullable(given.formParam(name)).orElse("");
  }
}
