package org.vigil.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Global Terrorism Database export: eventid, iyear, imonth, iday (0 when unknown),
 * country_txt, provstate, city, latitude, longitude, attacktype1_txt, targtype1_txt, gname,
 * nkill, nwound, and optionally success, claimed and target1 (the target named). The summary is
 * never read: a record joins news reports through its coded fields only.
 */
final class Gtd implements Mapping {

  @Override
  public String dataset() {
    return "gtd";
  }

  @Override
  public List<String> required() {
    return List.of("eventid", "iyear", "imonth", "iday", "country_txt", "attacktype1_txt", "gname");
  }

  @Override
  public String idColumn() {
    return "eventid";
  }

  @Override
  public ObjectNode map(Map<String, String> row, IncidentJson json) {
    int year = Fields.integer(row, "iyear", 1970, 2100);
    int month = Fields.integer(row, "imonth", 0, 12);
    int day = Fields.integer(row, "iday", 0, 31);
    IncidentJson.Date date = month == 0 ? new IncidentJson.Date(String.valueOf(year), "year")
        : day == 0 ? new IncidentJson.Date(String.format(Locale.ROOT, "%04d-%02d", year, month), "month")
        : new IncidentJson.Date(Fields.date(year, month, day, "iyear/imonth/iday").toString(), "day");
    String city = Fields.text(row, "city");
    String admin1 = Fields.text(row, "provstate");
    Double lat = Fields.decimal(row, "latitude", -90, 90);
    Double lon = Fields.decimal(row, "longitude", -180, 180);
    String precision = city != null && lat != null ? "city" : admin1 != null ? "province" : "country";
    String group = Fields.text(row, "gname");
    if (group != null && group.equalsIgnoreCase("Unknown")) {
      group = null;
    }
    String claimed = Fields.text(row, "claimed");
    String claim = "1".equals(claimed) ? "claimed" : group != null ? "attributed" : "unknown";
    String success = Fields.text(row, "success");
    return json.incident(type(Fields.text(row, "attacktype1_txt")), "0".equals(success) ? "attempted" : "accomplished",
        date, new IncidentJson.Place(Fields.text(row, "country_txt"), admin1, city, lat, lon, precision),
        group, claim, hit(row), Fields.count(row, "nkill"), Fields.count(row, "nwound"));
  }

  /** The target: targtype1_txt's category, named by target1 when the export has it ("Police checkpoint"). */
  private static IncidentJson.@Nullable Hit hit(Map<String, String> row) {
    String category = Fields.text(row, "targtype1_txt");
    String named = Fields.text(row, "target1");
    if (category == null) {
      return null;
    }
    return new IncidentJson.Hit(category, named == null || named.equalsIgnoreCase("unknown") ? category : named);
  }

  static String type(@Nullable String attack) {
    String a = attack == null ? "" : attack.toLowerCase(Locale.ROOT);
    if (a.startsWith("bombing")) {
      return "bombing";
    } else if (a.startsWith("armed assault")) {
      return "armed_assault";
    } else if (a.startsWith("assassination")) {
      return "assassination";
    } else if (a.contains("barricade")) {
      return "hostage_barricade";
    } else if (a.contains("kidnapping")) {
      return "kidnapping";
    } else if (a.startsWith("hijacking")) {
      return "hijacking";
    } else if (a.startsWith("facility")) {
      return "facility_attack";
    } else if (a.startsWith("unarmed assault")) {
      return "unarmed_assault";
    }
    return "other_violence";
  }

}
