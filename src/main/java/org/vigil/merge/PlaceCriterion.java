package org.vigil.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The place criterion of a match: the distance within what the coarser precision allows, the
 * site both name, and the towns both name ({@link Places}), which say more than coordinates
 * when a village is kept as written at its province's centre. Two reports that each name a
 * town, and not the same one, tell of two places: a reporter names the town he was told. A
 * dataset record's town is a coder's choice (the nearest town the coder's gazetteer holds, a
 * transliteration of its own), so against a record other towns only lower the score, even a
 * village no gazetteer holds, on the record's own day. Stateless.
 */
final class PlaceCriterion {

  /** The place score of two towns of one province on one day. */
  static final double FAR_IN_PROVINCE = 0.3;
  /** The place score of two reports naming different towns of one area: the coordinates may be an area's centre. */
  static final double OTHER_TOWNS = 0.3;

  private PlaceCriterion() {}

  /** The place score, or null when the places rule the match out. */
  static @Nullable Double score(MergeRules rules, Facts in, Facts stored, boolean sameDay, BooleanSupplier coded,
      ObjectNode why, List<String> words) {
    String name = stored.place() != null ? stored.place() : in.place();
    if (in.lat() != null && stored.lat() != null && in.lon() != null && stored.lon() != null) {
      double km = Geo.km(in.lat(), in.lon(), stored.lat(), stored.lon());
      double limit = rules.distance(in.placePrecision(), stored.placePrecision());
      if (sameSite(in.site(), stored.site())) {
        limit = Math.max(limit, rules.distance("city", "city")); // one named site geocoded from two reports
      }
      if (differentSites(in.site(), stored.site())) {
        return null;
      }
      boolean sameProvince = Places.sameProvince(in.admin1(), stored.admin1());
      boolean sameTown = Places.sameTown(in.towns(), stored.towns());
      // a town kept as written stands at its province's coordinates: the names tell two towns apart
      boolean within = Places.keptInTown(in.keptIn(), stored.towns()) || Places.keptInTown(stored.keptIn(), in.towns());
      boolean townsDiffer = !sameTown && !within && !in.towns().isEmpty() && !stored.towns().isEmpty();
      if ((townsDiffer || namesakeApart(in, stored) || namesakeApart(stored, in)) && !coded.getAsBoolean()) {
        return null; // "in Kaisariani" and "in Zografou": two reports, two towns, however near
      }
      boolean otherTowns = townsDiffer && (km > rules.distance("city", "city") || !fine(in) || !fine(stored));
      // one town named on one day: provinces may be spelt as regions ("CALABARZON" / "Rizal")
      if (sameTown && (km <= limit || sameProvince || sameDay && km <= rules.distance("province", "province"))) {
        Matcher.criterion(why, "place", 1.0, "same town named, " + Math.round(km) + " km apart");
        words.add("same town (" + name + ")");
        return 1.0;
      }
      if (in.admin1() != null && stored.admin1() != null && !sameProvince && km > rules.distance("city", "city")) {
        return null; // two provinces named: a province's centre is no evidence of a town in the next one
      }
      boolean nearFoundTown = km <= rules.distance("city", "city") && (fine(in) || fine(stored));
      boolean bothKept = in.keptIn() != null && stored.keptIn() != null;
      if (otherTowns && (in.keptIn() != null || stored.keptIn() != null) && !nearFoundTown
          && (bothKept || !oneDay(in, stored))) {
        // two villages no gazetteer holds are two places; a village and a record's town of the same day may be one
        // (the coder placed the village at the nearest town the coder's gazetteer holds: Qaya at Jalawla)
        return null;
      }
      if (km > limit) {
        if (!sameDay || !sameProvince) {
          return null;
        }
        // two towns of one province named for one day's event: the engine or a dataset may place it at another town
        Matcher.criterion(why, "place", FAR_IN_PROVINCE, Math.round(km) + " km apart, beyond " + Math.round(limit)
            + " km, in the same province " + in.admin1());
        words.add("same province (" + in.admin1() + "), places " + Math.round(km) + " km apart");
        return FAR_IN_PROVINCE;
      }
      if (otherTowns) {
        Matcher.criterion(why, "place", OTHER_TOWNS, "towns named differ (" + in.towns() + " / " + stored.towns() + "), "
            + Math.round(km) + " km apart");
        words.add("other towns (" + in.place() + ", " + stored.place() + ")");
        return OTHER_TOWNS;
      }
      double place = sameSite(in.site(), stored.site()) ? 1.0 : Double.isInfinite(limit) ? 0.6 : 1.0 - 0.5 * km / limit;
      Matcher.criterion(why, "place", place, Math.round(km) + " km apart, limit "
          + (Double.isInfinite(limit) ? "none (country precision)" : Math.round(limit) + " km"));
      words.add(Double.isInfinite(limit) ? "same country" : "same place (" + name + ", " + Math.round(km) + " km)");
      return place;
    }
    if (in.country() != null && stored.country() != null) {
      Matcher.criterion(why, "place", 0.6, "same country " + in.country() + ", no coordinates to compare");
      words.add("same country");
      return 0.6;
    }
    Matcher.criterion(why, "place", 0.2, "place unknown on one side");
    words.add("place unknown on one side");
    return 0.2;
  }

  /**
   * Whether {@code city}, a city found that bears its province's name (so it names no town of its own), and
   * {@code kept}, a village kept as written at that province's centre, are two places: "Miyan Joy, Kandahar" is a
   * village of Kandahar province, not Kandahar city.
   */
  private static boolean namesakeApart(Facts city, Facts kept) {
    return city.placePrecision().equals("city") && city.keptIn() == null && city.towns().isEmpty()
        && city.place() != null && kept.placePrecision().equals("province") && kept.keptIn() != null
        && !kept.towns().isEmpty() && kept.towns().stream().noneMatch(t -> Places.sameName(t, Places.key(city.place())));
  }

  /** Whether both dates are the same single day. */
  private static boolean oneDay(Facts a, Facts b) {
    return a.start() != null && a.start().equals(a.end()) && a.start().equals(b.start()) && b.start().equals(b.end());
  }

  /** Whether a place's coordinates are its own (a site or a town found), not an area's or a container's. */
  private static boolean fine(Facts f) {
    return f.keptIn() == null && (f.placePrecision().equals("site") || f.placePrecision().equals("city"));
  }

  private static boolean sameSite(String a, String b) {
    return a != null && b != null && !differentSites(a, b);
  }

  /**
   * Whether both sites are named and neither name contains the other ("hotel" / "Sahafi hotel"
   * are the same). A named road holds the sites along it: "a checkpoint" (a kind, written
   * without a capital) may be the one "on the Kohat road".
   */
  static boolean differentSites(String a, String b) {
    if (a == null || b == null || kindOnRoad(a, b) || kindOnRoad(b, a)) {
      return false;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return !x.contains(y) && !y.contains(x);
  }


  private static boolean kindOnRoad(String kind, String road) {
    String last = road.substring(road.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return kind.chars().noneMatch(Character::isUpperCase) && road.chars().anyMatch(Character::isUpperCase)
        && ROADS.contains(last);
  }

  private static final java.util.Set<String> ROADS = java.util.Set.of("road", "street", "highway", "avenue",
      "boulevard", "motorway", "expressway");
}
