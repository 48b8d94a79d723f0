package org.vigil.geo;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A spatial relation written before a place name: "near", "outside", "on the outskirts of",
 * "30 km north of", "20 miles south-east of", "40 km from" (near, with the offset). Parsed backwards from the name over a few tokens,
 * without regular expressions.
 *
 * @param relation "near", "outside", "north_of", "northeast_of", ...
 * @param offsetKm the distance stated, in kilometres; null when none
 * @param firstToken index of the relation's first token (the phrase's start)
 */
record SpatialRelation(String relation, @Nullable Double offsetKm, int firstToken) {

  private static final Map<String, String> DIRECTIONS = Map.ofEntries(
      Map.entry("north", "north"), Map.entry("south", "south"), Map.entry("east", "east"),
      Map.entry("west", "west"), Map.entry("northeast", "northeast"),
      Map.entry("northwest", "northwest"), Map.entry("southeast", "southeast"),
      Map.entry("southwest", "southwest"));

  private static final Map<String, Double> UNITS = Map.of("km", 1.0, "kms", 1.0,
      "kilometres", 1.0, "kilometers", 1.0, "kilometre", 1.0, "kilometer", 1.0, "miles", 1.609344,
      "mile", 1.609344, "mi", 1.609344);

  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("a", 1));

  /** Words a hyphen joins after a place to make it someone's home, not a scene: "a Lagos-based trader". */
  private static final java.util.Set<String> HOMES = java.util.Set.of("based", "born", "headquartered", "registered");

  /**
   * Whether the place name ending before token {@code end} is joined by a hyphen to a word of
   * home ("a Kabul-based journalist", "the Lagos-born trader"): it says who, not where.
   */
  static boolean homeAfter(String text, List<Token> tokens, int end) {
    if (end <= 0 || end >= tokens.size()) {
      return false;
    }
    Token name = tokens.get(end - 1);
    Token next = tokens.get(end);
    return next.start() == name.end() + 1 && text.charAt(name.end()) == '-' && HOMES.contains(next.norm());
  }

  /** The relation written just before token {@code nameStart}, or null for a plain mention. */
  static @Nullable SpatialRelation before(List<Token> tokens, int nameStart) {
    int i = nameStart - 1;
    if (i < 0) {
      return null;
    }
    int sentence = tokens.get(nameStart).sentence();
    String w = word(tokens, i, sentence);
    if (w.equals("near") || w.equals("nearby")) {
      return new SpatialRelation("near", null, i);
    }
    if (w.equals("outside")) {
      return new SpatialRelation("outside", null, i - (word(tokens, i - 1, sentence).equals("just") ? 1 : 0));
    }
    if (!w.equals("of") && !w.equals("from")) {
      return null;
    }
    String w1 = word(tokens, i - 1, sentence);
    if (w.equals("from")) {
      int s = w1.equals("away") ? i - 1 : i;
      Distance d = distanceBefore(tokens, s, sentence);
      return d == null ? null : new SpatialRelation("near", d.km(), d.firstToken());
    }
    if (w1.equals("outskirts") || w1.equals("suburbs")) {
      int s = i - 1;
      if (word(tokens, s - 1, sentence).equals("the")) {
        s--;
      }
      if (word(tokens, s - 1, sentence).equals("on") || word(tokens, s - 1, sentence).equals("in")) {
        s--;
      }
      return new SpatialRelation("outside", null, s);
    }
    if (w1.equals("vicinity")) {
      int s = i - 1;
      s -= word(tokens, s - 1, sentence).equals("the") ? 1 : 0;
      s -= word(tokens, s - 1, sentence).equals("in") ? 1 : 0;
      return new SpatialRelation("near", null, s);
    }
    if (w1.equals("close") || w1.equals("short")) {
      return null;
    }
    String direction = DIRECTIONS.get(w1);
    int s = i - 1;
    if (w1.equals("east") || w1.equals("west")) {
      String a = word(tokens, s - 1, sentence);
      if (a.equals("north") || a.equals("south")) {
        direction = a + w1;
        s--;
      }
    }
    if (direction == null) {
      return null;
    }
    Distance d = distanceBefore(tokens, s, sentence);
    return d == null ? new SpatialRelation(direction + "_of", null, s)
        : new SpatialRelation(direction + "_of", d.km(), d.firstToken());
  }

  private record Distance(double km, int firstToken) {}

  /** "30 km", "20 miles", "30km" ending just before token {@code next}, or null. */
  private static @Nullable Distance distanceBefore(List<Token> tokens, int next, int sentence) {
    String unitWord = word(tokens, next - 1, sentence);
    Double factor = UNITS.get(unitWord);
    if (factor != null) {
      Double n = number(word(tokens, next - 2, sentence));
      return n == null ? null : new Distance(n * factor, next - 2);
    }
    Double glued = gluedDistance(unitWord);
    return glued == null ? null : new Distance(glued, next - 1);
  }

  private static String word(List<Token> tokens, int i, int sentence) {
    return i >= 0 && tokens.get(i).sentence() == sentence ? tokens.get(i).norm() : "";
  }

  private static @Nullable Double number(String w) {
    if (w.isEmpty()) {
      return null;
    }
    if (Character.isDigit(w.charAt(0))) {
      if (w.length() > 7) {
        return null;
      }
      try {
        return Double.parseDouble(w.replace(" ", "."));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    Integer n = NUMBER_WORDS.get(w);
    return n == null ? null : n.doubleValue();
  }

  /** "30km" as one word. */
  private static @Nullable Double gluedDistance(String w) {
    int k = 0;
    while (k < w.length() && Character.isDigit(w.charAt(k))) {
      k++;
    }
    if (k == 0 || k == w.length() || k > 6) {
      return null;
    }
    Double factor = UNITS.get(w.substring(k));
    return factor == null ? null : Integer.parseInt(w.substring(0, k)) * factor;
  }
}
