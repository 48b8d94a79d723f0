package org.vigil.geo;

import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/** Word lists the mention finder uses to tell place names from other capitalised words. */
final class WordLists {

  private WordLists() {}

  /** Lower-case words allowed inside a capitalised name ("Ciudad de la Paz", "Dera Ismail Khan"). */
  static final Set<String> CONNECTORS = WordSet.of("de", "del", "la", "las", "los", "el", "al", "of",
      "the", "da", "do", "dos", "das", "di", "du", "des", "le", "les", "y", "e", "on", "upon",
      "an", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "sur", "am", "im", "van", "von",
      "der", "den", "i", "a", "and", "ez", "es", "er", "ed", "ul", "ud", "ath", "wa");

  /** Words that may begin a sentence or a name in capitals but are not place names on their own. */
  static final Set<String> LOCATIVES = WordSet.of("in", "at", "near", "outside", "from", "to", "into",
      "of", "around", "across", "towards", "toward", "inside");

  /** Land words after a name that make "in the X ..." a place: "in the Swat valley", "in the Kurram region". */
  private static final Set<String> LANDFORMS = WordSet.of("valley", "region", "area", "hills", "mountains", "desert",
      "plains", "delta", "basin", "countryside", "border", "borderlands", "highlands", "lowlands");

  /** A locative word right before the name at {@code [first, end)}, or before its "the" when a land word follows it. */
  static boolean locativeBefore(List<Token> tokens, int first, int end) {
    if (first == 0) {
      return false;
    }
    return LOCATIVES.contains(tokens.get(first - 1).norm()) || first > 1 && tokens.get(first - 1).norm().equals("the")
        && LOCATIVES.contains(tokens.get(first - 2).norm()) && end < tokens.size()
        && LANDFORMS.contains(tokens.get(end).norm());
  }

  /**
   * Names and short names of months and days, which the gazetteer also holds as airport codes,
   * abbreviations ("Jan" for Jackson, "Dec" for Decatur) and alternate names ("May" for
   * May-en-Multien): in "Jan 22" and "near Brussels in May" they are a date.
   */
  static final Set<String> CALENDAR = WordSet.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

  /** Words before a name that make it a person's: titles and common given names. */
  static final Set<String> PERSON_CUES = WordSet.of("president", "general", "gen", "colonel", "col",
      "minister", "mr", "mrs", "ms", "dr", "father", "monsignor", "msgr", "archbishop", "bishop",
      "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "major", "commander", "judge",
      "senator", "deputy", "ambassador", "mayor", "attorney", "prosecutor", "doctor", "professor", "spokesman",
      "spokeswoman", "suspect", "bomber", "lawyer", "journalist", "head", "chairman", "elder", "leader",
      "governor", "activist", "businessman", "imam", "cleric", "pastor", "councillor", "councilor", "commissioner",
      "administrator", "lawmaker", "legislator",
      "priest", "comandante", "don", "dona", "senor", "king", "queen", "prince", "sheikh",
      "ayatollah", "mullah", "sister", "brother", "mister", "jose", "juan", "carlos", "luis",
      "maria", "jorge", "manuel", "francisco", "antonio", "pedro", "jesus", "rafael", "roberto",
      "ricardo", "mario", "fernando", "alfredo", "hector", "oscar", "rene", "julio", "alberto",
      "guillermo", "eduardo", "enrique", "ernesto", "raul", "ramon", "sergio", "victor", "hugo",
      "javier", "pablo", "andres", "alejandro", "diego", "gustavo", "rodrigo", "ana", "rosa",
      "armando", "ignacio", "joaquin", "humberto", "rigoberto", "mauricio", "fidel", "daniel",
      "john", "james", "george", "william", "david", "michael", "robert", "richard", "thomas",
      "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "abdul", "abu", "hernan", "gilberto",
      "leonel", "vinicio", "cesar", "felix", "gabriel", "camilo", "augusto", "emilio", "arturo",
      "adolfo", "alvaro", "fabio", "federico", "german", "gerardo", "gonzalo", "jaime", "leonardo",
      "lorenzo", "marco", "marcos", "martin", "nelson", "octavio", "omar", "ramiro", "rodolfo",
      "ruben", "samuel", "saul", "tomas", "virgilio", "elena", "gloria", "isabel", "luz", "marta",
      "martha", "patricia", "teresa", "gilda", "ines", "norberto", "edgar", "edgardo", "wilfredo",
      "dagoberto", "orlando", "alfonso", "abdullah", "hamid", "mohamed", "mustafa", "yusuf", "khalid", "mahmoud",
      "saleh", "tariq", "jamal", "faisal", "farid", "idris", "yahya", "zakaria", "abdirahman");

  /**
   * Words after a name that make it an organisation's ("Ponce Battalion", "Medellin Cartel"),
   * a street's ("Bolivar Square") or a landmark's ("Escalon neighborhood", "Torola River"), not
   * a populated place's.
   */
  static final Set<String> ORGANISATION_HEADS = WordSet.of("square", "street", "avenue", "boulevard",
      "road", "plaza", "highway", "corporation", "foundation", "neighborhood", "neighbourhood",
      "farm", "hill", "hills", "river", "volcano", "mountain", "mountains", "lake", "battalion", "battalions", "brigade",
      "regiment", "detachment", "cartel", "front", "company", "newspaper",
      "agency", "airlines", "club", "party", "movement", "command", "squad",
      "group", "division", "army", "times", "post", "herald", "radio", "television", "bank", "office", "secretary", "council");

  /**
   * What belongs to a person, written before "of" and the owner's name ("the house of", "the
   * convoy of", "the son of"): the name after it is the owner's, not a place.
   */
  static final Set<String> BELONGINGS = WordSet.of("house", "home", "residence", "vehicle", "car", "convoy",
      "motorcade", "bodyguards", "guards", "family", "son", "daughter", "brother", "wife", "father", "mother");

  /** Abbreviations of street words written after a street's name ("Oxford St"). */
  static final Set<String> STREET_ABBREVIATIONS = WordSet.of("st", "rd", "ave", "blvd");

  /**
   * Whether token {@code i} abbreviates the street word of the name before it ("Oxford St",
   * "Hamra St."): one before a further name is a saint's ("St Louis").
   */
  static boolean streetAbbreviationAt(java.util.List<Token> tokens, int i) {
    if (i <= 0 || i >= tokens.size() || !STREET_ABBREVIATIONS.contains(tokens.get(i).norm())
        || !tokens.get(i).capitalised() || tokens.get(i).sentence() != tokens.get(i - 1).sentence()) {
      return false;
    }
    Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    return after == null || !after.capitalised() || after.sentence() != tokens.get(i).sentence();
  }

  /** Words after a hyphen that make a country's name an actor's attribute ("Iran-backed", "Saudi-led"). */
  static final Set<String> AFFILIATIONS = WordSet.of("backed", "led", "funded", "sponsored", "supported",
      "allied", "aligned", "trained", "armed", "made", "owned", "flagged", "registered", "brokered");

  /**
   * Armed forces and their weapons, after a demonym ("Kenyan troops", "US drones"): the nationality
   * of who struck, which says nothing of where they struck.
   */
  static final Set<String> FORCES = WordSet.of("forces", "force", "troops", "soldiers", "army", "military",
      "warplanes", "jets", "aircraft", "drones", "drone", "navy", "artillery", "gunboats", "helicopters",
      "airstrikes", "airstrike", "strikes", "strike", "missiles", "missile", "commandos", "special");

  /** Words that never start a fuzzy (skeleton) match: the commonest function words. */
  static final Set<String> FUNCTION_WORDS = WordSet.of("the", "and", "of", "to", "in", "a", "for",
      "that", "was", "with", "on", "by", "as", "at", "from", "has", "have", "were", "said", "his",
      "its", "this", "are", "be", "it", "which", "who", "had", "been", "their", "they", "not",
      "but", "an", "or", "will", "after", "also", "he", "she", "we", "there", "would", "other",
      "into", "more", "about", "than", "when", "all", "one", "two", "three", "some", "these",
      "those", "out", "up", "over", "during", "against", "today", "yesterday", "reported",
      "people", "police", "army", "government", "group", "members", "killed", "attack");

  /** Words that begin generic admin-area names ("Eastern Region", "Central Province"). */
  static final Set<String> DIRECTIONS = WordSet.of("north", "south", "east", "west", "northern",
      "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
      "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower",
      "middle", "greater", "centre", "center", "far");

  /**
   * "Eastern Region", "Southern Province", "North West": a name of directions and unit words only,
   * which many countries share; not "North Kivu" or "Upper Nile", which name one place.
   */
  static boolean onlyDirections(List<Token> tokens, int first, int end) {
    if (!DIRECTIONS.contains(tokens.get(first).norm())) {
      return false;
    }
    for (int i = first + 1; i < end; i++) {
      String w = tokens.get(i).norm();
      if (!DIRECTIONS.contains(w) && Level.of(w) == Level.NONE && !w.equals("-")) {
        return false;
      }
    }
    return true;
  }
}
