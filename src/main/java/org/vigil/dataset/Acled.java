package org.vigil.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ACLED's export: event_id_cnty, event_date (ISO or "09 March 2024"), event_type,
 * sub_event_type, actor1, actor2, country, admin1, location, latitude, longitude, fatalities,
 * notes, source, and optionally geo_precision (1 town, 2 near a town or district, 3 province).
 */
final class Acled implements Mapping {

  @Override
  public String dataset() {
    return "acled";
  }

  @Override
  public List<String> required() {
    return List.of("event_id_cnty", "event_date", "event_type", "country");
  }

  @Override
  public String idColumn() {
    return "event_id_cnty";
  }

  @Override
  public ObjectNode map(Map<String, String> row, IncidentJson json) {
    IncidentJson.Date date = new IncidentJson.Date(Fields.acledDate(row, "event_date").toString(), "day");
    String precision = switch (String.valueOf(Fields.text(row, "geo_precision"))) {
      case "2" -> "district";
      case "3" -> "province";
      default -> "city";
    };
    String actor = Fields.text(row, "actor1");
    return json.incident(type(Fields.text(row, "event_type"), Fields.text(row, "sub_event_type")), "accomplished",
        date, new IncidentJson.Place(Fields.text(row, "country"), Fields.text(row, "admin1"),
            Fields.text(row, "location"), Fields.decimal(row, "latitude", -90, 90),
            Fields.decimal(row, "longitude", -180, 180), precision),
        actor, actor == null ? "unknown" : "attributed", null, Fields.count(row, "fatalities"), null);
  }

  static String type(String event, String sub) {
    String e = event == null ? "" : event.toLowerCase(Locale.ROOT);
    String s = sub == null ? "" : sub.toLowerCase(Locale.ROOT);
    if (s.contains("suicide bomb") || s.contains("remote explosive") || s.contains("grenade")) {
      return "bombing";
    } else if (s.contains("air/drone strike")) {
      return "air_strike";
    } else if (s.contains("shelling")) {
      return "shelling";
    } else if (e.equals("battles")) {
      return "armed_clash";
    } else if (s.contains("abduction")) {
      return "kidnapping";
    } else if (s.equals("arrests")) {
      return "arrest";
    } else if (e.startsWith("violence against civilians") && s.equals("attack")) {
      return "armed_assault";
    } else if (e.equals("riots")) {
      return "unarmed_assault";
    }
    return "other_violence";
  }
}
