package org.vigil.geo;

import java.util.Set;
import org.vigil.text.WordSet;

/** The words {@link ChainReader} reads admin chains and names kept as written by. */
final class ChainWords {

  private ChainWords() {}

  /** Most words of a name kept as written. */
  static final int MAX_WORDS = 4;

  /** Words after a kept name that say what it is and are not part of it. */
  static final Set<String> GENERIC = WordSet.of("village", "town", "city", "locality", "hamlet",
      "settlement", "community", "region", "ward", "commune", "sector");

  /** Words after a kept name for a part of a town: it is then a site of its container. */
  static final Set<String> LOCAL = WordSet.of("area", "neighbourhood", "neighborhood", "quarter");

  /** Words after a kept name that are part of it: the unit it names ("Gurziwan district"). */
  static final Set<String> UNITS = WordSet.of("district", "subdistrict", "county", "municipality", "tehsil", "lga",
      "territory", "cercle", "woreda", "raion", "upazila", "hromada", "zone", "chefferie", "township");

  /**
   * Words after a kept name of a natural feature, part of its name ("the Cal Miskaad mountains,
   * Bari region"): kept like a unit, though not one of the admin chain, and like a part of a
   * town when a town holds it ("Langi hills, Hoyohatu": the town is where it happened).
   */
  static final Set<String> FEATURES = WordSet.of("mountains", "mountain", "hills", "forest", "valley");

  /** Words before a name that make it a place ("in", "near", "attacked"). */
  static final Set<String> LEFT_CUES = WordSet.of("in", "at", "near", "outside", "of", "from", "into",
      "around", "across", "toward", "towards", "inside", "between", "attacked", "raided",
      "stormed", "struck", "hit", "ambushed", "targeted", "bombed", "shelled", "overran");

  /** Capitalised words that never begin, end or make up a place name. */
  static final Set<String> NOT_NAMES = WordSet.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "the", "a", "an", "no",
      "police", "army", "security", "government", "military", "troops", "forces", "officials",
      "assailants", "gunmen", "militants", "islamic", "he", "she", "they", "it", "this",
      "there", "at", "in", "on", "however", "meanwhile", "sources", "residents", "road",
      "highway", "street", "avenue", "international", "national", "airport");
}
