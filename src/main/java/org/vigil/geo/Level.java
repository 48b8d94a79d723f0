package org.vigil.geo;

import java.util.Map;
import org.vigil.text.WordSet;

/** The level a word next to a name gives it: "Kirkuk province", "the town of Apopa". */
enum Level {
  NONE, ADMIN1, DISTRICT, CITY;

  private static final Map<String, Level> WORDS = WordSet.map(Map.ofEntries(
      Map.entry("province", ADMIN1), Map.entry("provinces", ADMIN1),
      Map.entry("governorate", ADMIN1), Map.entry("governorates", ADMIN1),
      Map.entry("state", ADMIN1), Map.entry("states", ADMIN1),
      Map.entry("department", ADMIN1), Map.entry("departments", ADMIN1),
      Map.entry("region", ADMIN1), Map.entry("oblast", ADMIN1), Map.entry("prefecture", ADMIN1),
      Map.entry("district", DISTRICT), Map.entry("districts", DISTRICT),
      Map.entry("county", DISTRICT), Map.entry("municipality", DISTRICT),
      Map.entry("jurisdiction", DISTRICT), Map.entry("subdistrict", DISTRICT),
      // the second and third levels as monitors of each country write them ("Beni territory", "Kherson raion")
      Map.entry("territory", DISTRICT), Map.entry("cercle", DISTRICT), Map.entry("woreda", DISTRICT),
      Map.entry("raion", DISTRICT), Map.entry("hromada", DISTRICT), Map.entry("lga", DISTRICT),
      Map.entry("tehsil", DISTRICT), Map.entry("upazila", DISTRICT),
      Map.entry("city", CITY), Map.entry("town", CITY), Map.entry("village", CITY),
      Map.entry("hamlet", CITY), Map.entry("township", CITY)));

  /** The level a normalised word names, NONE for other words. */
  static Level of(String word) {
    return WORDS.getOrDefault(word, NONE);
  }
}
