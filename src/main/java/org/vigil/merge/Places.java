package org.vigil.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Place names as matching compares them. A report and a dataset spell one town or province
 * differently ("Afgoye" / "Afgooye", "Ar-Raqqah" / "Raqqah", "Qarabagh district" / "Qarabagh"),
 * and a town no gazetteer holds is kept as written at its province's coordinates, so the name
 * says more than the distance: two reports naming one town are one place, two naming different
 * towns are two places whatever the coordinates. Stateless.
 */
final class Places {

  /** Words that say what kind of place a name is, not which. */
  private static final Set<String> KIND_WORDS = Set.of("district", "neighborhood", "neighbourhood", "city", "town",
      "village", "area", "municipality", "sub", "subdistrict", "county", "region", "province", "state", "governorate",
      "of", "the");
  /** Leading articles of Arabic names, written or not ("Al Hudaydah" / "Hudaydah"). */
  private static final Set<String> ARTICLES = Set.of("al", "ar", "as", "ad", "an", "at", "ash", "az", "el");
  /** A last word that numbers one of several places of one name ("Zira II", "Camp 15"). */
  private static final Pattern NUMERAL = Pattern.compile("\\d+|i{1,3}|iv|vi{0,3}|ix|x");
  /** Where a key's number begins. */
  private static final char NUMBERED = '#';
  /** What joins two names kept as one place ("Markoye and Tokabangou", "Khanaqin & Mandali"). */
  private static final Pattern BOTH = Pattern.compile("\\s+and\\s+|\\s*&\\s*");
  /** Names that say the place is not known. */
  private static final Set<String> UNKNOWN = Set.of("", "unknown");

  private Places() {}

  /**
   * The keys of the names of a location's town or quarter: its city and its name, unless that
   * name is the province's or the country's (a province-level place names no town) or a site's;
   * a name kept as written that joins two towns ("between Markoye and Tokabangou") gives both.
   */
  static Set<String> towns(JsonNode location) {
    Set<String> out = new HashSet<>();
    if (!location.isObject() || "country".equals(location.path("precision").asText())) {
      return out;
    }
    String admin1 = key(location.path("admin1").asText(""));
    String country = key(location.path("country").asText(""));
    // a site's name ("the AMISOM base", "the Bakara market") is no town: two sites of one name in two towns are two places
    String[] fields = "site".equals(location.path("precision").asText()) ? new String[] {"city"} : new String[] {"city",
        "name"};
    for (String field : fields) {
      for (String name : BOTH.split(location.path(field).asText(""))) { // "between Markoye and Tokabangou": two towns
        String k = key(name);
        if (!UNKNOWN.contains(k) && !k.equals(admin1) && !k.equals(country) && !sameName(k, admin1)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /** The key of the container a place kept as written stands in ("resolved"), or null when it was found. */
  static @Nullable String container(JsonNode location) {
    String resolved = location.path("resolved").asText("");
    return resolved.isBlank() ? null : key(resolved);
  }

  /** Whether a place kept as written stands in a town the other side names ("Hayatabad" in "Peshawar"). */
  static boolean keptInTown(@Nullable String keptIn, Set<String> towns) {
    return keptIn != null && towns.stream().anyMatch(t -> sameName(t, keptIn));
  }

  /** Whether two sets of town keys share a town. */
  static boolean sameTown(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(y -> sameName(x, y)));
  }

  /** Whether two provinces are one, however spelt; false when either is unknown. */
  static boolean sameProvince(@Nullable String a, @Nullable String b) {
    return a != null && b != null && sameName(key(a), key(b));
  }

  /**
   * Whether two name keys name one place: equal, one a prefix of the other at a word's length
   * ("juventinorosas" in "santacruzdejuventinorosas" is not, a suffix is), or one letter apart in
   * a name of five letters or more; numbered names only with the same number.
   */
  static boolean sameName(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    int na = a.indexOf(NUMBERED);
    int nb = b.indexOf(NUMBERED);
    if (na >= 0 || nb >= 0) { // "Zira I" and "Zira II", "Camp 15" and "Camp 16": one letter apart, two places
      return na >= 0 && nb >= 0 && a.substring(na).equals(b.substring(nb)) && sameName(a.substring(0, na),
          b.substring(0, nb));
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (shorter.length() >= 6 && longer.endsWith(shorter)) {
      return true;
    }
    return shorter.length() >= 5 && longer.length() - shorter.length() <= 1 && oneEditApart(shorter, longer);
  }

  /**
   * A name's key: folded, without kind words, articles, spaces or punctuation ("Ar-Raqqah" is
   * "raqqah"); a last word that numbers the place is kept apart ("Zira II" is "zira#ii").
   */
  static String key(String name) {
    StringBuilder b = new StringBuilder();
    String[] words = Facts.fold(name).split("[^\\p{L}\\p{N}]+");
    String last = words[words.length - 1];
    boolean numbered = words.length > 1 && NUMERAL.matcher(last).matches();
    for (String w : numbered ? Arrays.copyOf(words, words.length - 1) : words) {
      if (!KIND_WORDS.contains(w) && !ARTICLES.contains(w)) {
        // a final h after a vowel is a spelling, not a letter: "Hamah" / "Hama", "Raqqah" / "Raqqa"
        b.append(w.length() > 3 && w.endsWith("h") && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0
            ? w.substring(0, w.length() - 1) : w);
      }
    }
    return numbered && b.length() > 0 ? b.append(NUMBERED).append(last).toString() : b.toString();
  }

  private static boolean oneEditApart(String shorter, String longer) {
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return shorter.length() == longer.length()
        ? shorter.substring(i + 1).equals(longer.substring(Math.min(longer.length(), i + 1)))
        : shorter.substring(i).equals(longer.substring(i + 1));
  }
}
