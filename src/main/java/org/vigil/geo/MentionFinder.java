package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds place-name mentions in one left-to-right pass over the tokens: at each token it tries
 * the longest gazetteer name that starts there (bounded by the longest name with that first
 * word), then the transliteration skeleton, then the demonyms. In mixed-case text a name must
 * start and end with a capitalised word; in all-caps text short words and stop names are skipped.
 */
final class MentionFinder {

  /** Longest name, in words, the finder tries. */
  static final int MAX_NAME_TOKENS = 6;

  /** Lower-case words allowed inside a capitalised name ("Ciudad de la Paz", "Dera Ismail Khan"). */
  static final Set<String> CONNECTORS = Set.of("de", "del", "la", "las", "los", "el", "al", "of",
      "the", "da", "do", "dos", "das", "di", "du", "des", "le", "les", "y", "e", "on", "upon",
      "an", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "sur", "am", "im", "van", "von",
      "der", "den", "i", "a", "and");

  /** Words that may begin a sentence or a name in capitals but are not place names on their own. */
  static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "from", "to", "into",
      "of", "around", "across", "towards", "toward", "inside");

  /** Words before a name that make it a person's: titles and common given names. */
  static final Set<String> PERSON_CUES = Set.of("president", "general", "gen", "colonel", "col",
      "minister", "mr", "mrs", "ms", "dr", "father", "monsignor", "msgr", "archbishop", "bishop",
      "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "major", "commander", "judge",
      "senator", "deputy", "ambassador", "mayor", "attorney", "prosecutor", "doctor", "professor",
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
      "dagoberto", "orlando", "alfonso", "abdullah", "hamid");

  /**
   * Words after a name that make it an organisation's ("Ponce Battalion", "Medellin Cartel") or
   * a street's ("Bolivar Square", "Sarmiento Street"), not a place's.
   */
  static final Set<String> ORGANISATION_HEADS = Set.of("square", "street", "avenue", "boulevard",
      "road", "plaza", "highway", "corporation", "foundation", "battalion", "battalions", "brigade",
      "regiment", "detachment", "cartel", "front", "company", "newspaper",
      "agency", "airlines", "club", "party", "movement", "command", "squad",
      "group", "division", "army", "times", "post", "herald", "radio", "television");

  /** Words that never start a fuzzy (skeleton) match: the commonest function words. */
  static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "to", "in", "a", "for",
      "that", "was", "with", "on", "by", "as", "at", "from", "has", "have", "were", "said", "his",
      "its", "this", "are", "be", "it", "which", "who", "had", "been", "their", "they", "not",
      "but", "an", "or", "will", "after", "also", "he", "she", "we", "there", "would", "other",
      "into", "more", "about", "than", "when", "all", "one", "two", "three", "some", "these",
      "those", "out", "up", "over", "during", "against", "today", "yesterday", "reported",
      "people", "police", "army", "government", "group", "members", "killed", "attack");

  private final Gazetteer gazetteer;

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> find(String text, List<Token> tokens, boolean allCaps) {
    List<Mention> out = new ArrayList<>();
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Mention m = matchAt(text, tokens, i, allCaps);
      if (m == null) {
        i++;
        continue;
      }
      if (m.candidateCount() == 0) {
        i = m.last();
        continue;
      }
      out.add(withLevelWords(tokens, m));
      i = m.last();
    }
    propagatePluralLevels(tokens, out);
    return out;
  }

  private @Nullable Mention matchAt(String text, List<Token> tokens, int i, boolean allCaps) {
    Token t = tokens.get(i);
    boolean articleStart = Names.ARTICLES.contains(t.norm())
        && (t.norm().equals("al") || t.norm().equals("el") || hyphenAfter(text, tokens, i));
    if (Names.ARTICLES.contains(t.norm()) && !articleStart) {
      return null;
    }
    if (!allCaps && !t.capitalised() && !articleStart) {
      return null;
    }
    int max = Math.min(MAX_NAME_TOKENS, gazetteer.maxTokensStartingWith(t.norm()));
    StringBuilder phrase = new StringBuilder();
    String[] phrases = new String[Math.max(max, 3)];
    int reach = 0;
    for (int k = 0; k < phrases.length && i + k < tokens.size(); k++) {
      Token w = tokens.get(i + k);
      if (w.sentence() != t.sentence()) {
        break;
      }
      if (!allCaps && !w.capitalised() && !CONNECTORS.contains(w.norm())) {
        break;
      }
      if (k > 0) {
        phrase.append(' ');
      }
      phrase.append(w.norm());
      phrases[k] = phrase.toString();
      reach = k + 1;
    }
    for (int len = Math.min(max, reach); len >= 1; len--) {
      if (!allCaps && !tokens.get(i + len - 1).capitalised()) {
        continue;
      }
      if (len == 1 && isDemonym(tokens, i, t, allCaps)) {
        break;
      }
      int[] ids = gazetteer.idsByName(phrases[len - 1]);
      if (ids.length > 0 && acceptable(tokens, i, len, phrases[len - 1], allCaps)) {
        if (namesOrganisation(tokens, i + len)) {
          return new Mention(i, i + len, new int[0], 0, Level.NONE, null);
        }
        return new Mention(i, i + len, withSkeletonMatches(ids, phrases[len - 1]), ids.length,
            Level.NONE, null);
      }
    }
    for (int len = Math.min(2, reach); len >= 1; len--) {
      String demonym = gazetteer.demonyms().get(phrases[len - 1]);
      if (demonym != null && (allCaps || t.capitalised())) {
        return new Mention(i, i + len, new int[] {gazetteer.countryId(demonym)}, 1, Level.NONE,
            demonym);
      }
    }
    if (FUNCTION_WORDS.contains(t.norm()) || t.norm().length() < 3) {
      return null;
    }
    for (int len = Math.min(3, reach); len >= 1; len--) {
      if (!allCaps && !tokens.get(i + len - 1).capitalised()) {
        continue;
      }
      String skeleton = Names.skeleton(phrases[len - 1]);
      if (skeleton.length() < 5) {
        continue;
      }
      int[] ids = gazetteer.idsBySkeleton(skeleton);
      if (ids.length > 0 && acceptable(tokens, i, len, phrases[len - 1], allCaps)) {
        return new Mention(i, i + len, ids, 0, Level.NONE, null);
      }
    }
    return null;
  }

  private static boolean hyphenAfter(String text, List<Token> tokens, int i) {
    return i + 1 < tokens.size() && text.charAt(tokens.get(i).end()) == '-';
  }

  /** A demonym ("Somali") read as such unless a level word makes it a region ("Somali region"). */
  private boolean isDemonym(List<Token> tokens, int i, Token t, boolean allCaps) {
    if (!gazetteer.demonyms().containsKey(t.norm()) || !(allCaps || t.capitalised())) {
      return false;
    }
    return i + 1 >= tokens.size() || Level.of(tokens.get(i + 1).norm()) == Level.NONE;
  }

  /** The exact matches followed by the entries that only share the phrase's skeleton ("Rioblanco"). */
  private int[] withSkeletonMatches(int[] exact, String phrase) {
    String skeleton = Names.skeleton(phrase);
    if (skeleton.length() < 5) {
      return exact;
    }
    int[] more = gazetteer.idsBySkeleton(skeleton);
    int[] out = java.util.Arrays.copyOf(exact, exact.length + more.length);
    int n = exact.length;
    outer:
    for (int id : more) {
      for (int i = 0; i < exact.length; i++) {
        if (exact[i] == id) {
          continue outer;
        }
      }
      out[n++] = id;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  private boolean acceptable(List<Token> tokens, int i, int len, String phrase, boolean allCaps) {
    if (len > 1) {
      return true;
    }
    Token t = tokens.get(i);
    if (Names.ARTICLES.contains(phrase) || CONNECTORS.contains(phrase) || LOCATIVES.contains(phrase)) {
      return false;
    }
    if (phrase.length() <= 2 && !isAcronym(t, allCaps) || phrase.length() == 3 && allCaps) {
      return false;
    }
    if (i > 0 && PERSON_CUES.contains(tokens.get(i - 1).norm())
        && tokens.get(i - 1).sentence() == t.sentence()
        && (allCaps || tokens.get(i - 1).capitalised())) {
      return false;
    }
    if (gazetteer.isStopName(phrase)) {
      if (!allCaps && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
          && tokens.get(i + 1).start() == t.end() + 1) {
        return false;
      }
      boolean locative = i > 0 && LOCATIVES.contains(tokens.get(i - 1).norm())
          && tokens.get(i - 1).sentence() == t.sentence();
      return !allCaps && locative && t.capitalised();
    }
    return true;
  }

  private static boolean namesOrganisation(List<Token> tokens, int next) {
    return next < tokens.size() && ORGANISATION_HEADS.contains(tokens.get(next).norm())
        && tokens.get(next).sentence() == tokens.get(next - 1).sentence();
  }

  /** "US", "UK" in mixed-case text. */
  private static boolean isAcronym(Token t, boolean allCaps) {
    return !allCaps && t.allUpper() && t.end() - t.start() >= 2;
  }

  /** Reads a level word after the name ("Kirkuk province") or before it ("the town of Apopa"). */
  private static Mention withLevelWords(List<Token> tokens, Mention m) {
    if (m.last() < tokens.size()) {
      Token next = tokens.get(m.last());
      Level l = Level.of(next.norm());
      if (l != Level.NONE && next.sentence() == tokens.get(m.first()).sentence()) {
        return m.withLevel(l);
      }
    }
    if (m.first() >= 2 && tokens.get(m.first() - 1).norm().equals("of")) {
      Level l = Level.of(tokens.get(m.first() - 2).norm());
      if (l != Level.NONE) {
        return m.withLevel(l);
      }
    }
    return m;
  }

  /** "Usulutan and Morazan departments": the plural level word covers both names. */
  private static void propagatePluralLevels(List<Token> tokens, List<Mention> mentions) {
    for (int k = mentions.size() - 2; k >= 0; k--) {
      Mention a = mentions.get(k);
      Mention b = mentions.get(k + 1);
      if (a.level() == Level.NONE && b.level() != Level.NONE && b.first() - a.last() == 1
          && tokens.get(a.last()).norm().equals("and")) {
        mentions.set(k, a.withLevel(b.level()));
      }
    }
  }
}
