package org.vigil.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Global Terrorism Database export: eventid, iyear, imonth, iday (0 when unknown),
 * country_txt, provstate, city, latitude, longitude, attacktype1_txt, targtype1_txt, gname,
 * nkill, nwound, and optionally success, claimed, target1 (the target named), corp1 (the body it
 * belongs to) and specificity (how
 * precise the coordinates are; "Unknown" cities and provinces are left out). The summary is
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
    String city = known(Fields.text(row, "city"));
    String admin1 = known(Fields.text(row, "provstate"));
    Double lat = Fields.decimal(row, "latitude", -90, 90);
    Double lon = Fields.decimal(row, "longitude", -180, 180);
    String precision = precision(Fields.text(row, "specificity"), city != null && lat != null ? "city"
        : admin1 != null ? "province" : "country");
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

  /**
   * The target: targtype1_txt's category, named by target1 and corp1 when the export has them
   * ("Member (National Directorate of Security)"): the body's name is what tells two look-alike
   * records apart when a report names it.
   */
  private static IncidentJson.@Nullable Hit hit(Map<String, String> row) {
    String category = Fields.text(row, "targtype1_txt");
    String named = Fields.text(row, "target1");
    if (category == null) {
      return null;
    }
    String corp = Fields.text(row, "corp1");
    String what = named == null || named.equalsIgnoreCase("unknown") ? category : named;
    return new IncidentJson.Hit(category, corp == null || corp.equalsIgnoreCase("unknown") ? what : what + " (" + corp + ")");
  }

  /** A place name, or null when the GTD says it is not known. */
  private static @Nullable String known(@Nullable String name) {
    return name == null || name.equalsIgnoreCase("unknown") ? null : name;
  }

  /**
   * How precise the coordinates are, from the codebook's {@code specificity}: 1 the town itself;
   * 2 and 3 the centre of the smallest area known around it (a district); 4 the province's centre;
   * 5 the country's. Without the column, {@code otherwise}.
   */
  static String precision(@Nullable String specificity, String otherwise) {
    return switch (specificity == null ? "" : specificity.strip()) {
      case "1" -> otherwise;
      case "2", "3" -> otherwise.equals("city") ? "district" : otherwise;
      case "4" -> otherwise.equals("country") ? otherwise : "province";
      case "5" -> "country";
      default -> otherwise;
    };
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
