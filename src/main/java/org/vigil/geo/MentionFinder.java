package org.vigil.geo;

import java.util.ArrayList;
import java.util.Arrays;
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

  private final Gazetteer gazetteer;
  /** What precedes each space of a demonym ("sri" of "sri lankan"): a phrase no such word begins is none. */
  private final Set<String> demonymBeginnings;
  private final WordAnswers words = new WordAnswers();

  MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.demonymBeginnings = WordKinds.demonymStarts(gazetteer.demonyms());
  }

  List<Mention> find(String text, List<Token> tokens, boolean allCaps) {
    List<Mention> out = new ArrayList<>();
    NameLookups lookups = new NameLookups(gazetteer, demonymBeginnings, words, tokens.size());
    lookups.askAll(tokens, t -> allCaps || t.capitalised() || Names.ARTICLES.contains(t.norm())); // those matchAt asks
    Phrases phrases = new Phrases(tokens);
    WordKinds kinds = new WordKinds(text, tokens, lookups, gazetteer.demonyms(), demonymBeginnings);
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Mention m = matchAt(lookups, phrases, kinds, text, tokens, i, allCaps);
      if (m == null) {
        i++;
        continue;
      }
      if (m.candidateCount() == 0) {
        i = m.last();
        continue;
      }
      out.add(LevelWords.around(tokens, m));
      i = m.last();
    }
    LevelWords.sharePlurals(tokens, out);
    PersonNames.drop(text, tokens, out, allCaps);
    Dedications.drop(text, tokens, out);
    return out;
  }

  private @Nullable Mention matchAt(NameLookups lookups, Phrases phrases, WordKinds kinds, String text,
      List<Token> tokens, int i, boolean allCaps) {
    Token t = tokens.get(i);
    // a lower-case word of mixed-case text starts nothing but an article: its other kinds are not asked
    int kt = allCaps || t.capitalised() || Names.ARTICLES.contains(t.norm()) ? kinds.of(t) : 0;
    boolean article = (kt & WordKinds.ARTICLE) != 0;
    boolean articleStart = article && ((kt & WordKinds.AL_EL) != 0 || hyphenAfter(text, tokens, i));
    if (article && !articleStart) {
      return null;
    }
    if (!allCaps && !t.capitalised() && !articleStart) {
      return null;
    }
    // a tail starts at an article or right after one
    boolean tail = (article || i >= 1 && kinds.is(tokens.get(i - 1), WordKinds.ARTICLE)) && LongerNames.tailAt(text, tokens, i);
    int max = Math.min(MAX_NAME_TOKENS, lookups.maxTokensStartingWith(t));
    if (i + 1 < tokens.size() && tokens.get(i + 1).possessive()) { // rare: a string made only here
      max = Math.max(max, Math.min(MAX_NAME_TOKENS, lookups.maxTokensStartingWith(t.norm() + "s"))); // "lees summit"
    }
    int reach = 0;
    int glued = 0; // possessive s's within reach: tokens that add no word to the phrase
    for (int k = 0; k < Math.min(MAX_NAME_TOKENS, Math.max(max, 3) + glued) && i + k < tokens.size(); k++) {
      Token w = tokens.get(i + k);
      if (w.sentence() != t.sentence()) {
        break;
      }
      if (!allCaps && !w.capitalised() && !w.possessive() && !WordLists.CONNECTORS.contains(w.norm())) {
        break;
      }
      if (k > 0 && kinds.commaBefore(i + k)) {
        break; // no name holds a comma (the importer leaves such names out): "South, Lebanon" is two
      }
      glued += k > 0 && w.possessive() ? 1 : 0;
      reach = k + 1;
    }
    phrases.moveTo(i, reach);
    boolean twoWordDemonym = reach >= 2 && (kt & WordKinds.DEMONYM_START) != 0
        && gazetteer.demonyms().containsKey(phrases.of(2));
    if (twoWordDemonym && lookups.byName(phrases, 2).length == 0 && (allCaps || t.capitalised())) {
      String demonym = gazetteer.demonyms().get(phrases.of(2)); // "Sri Lankan" before any place named "Sri"
      return new Mention(i, i + 2, new int[] {gazetteer.countryId(demonym)}, 1, 1, Level.NONE, demonym);
    }
    for (int len = longestPossible(Math.min(Math.min(MAX_NAME_TOKENS, max + glued), reach), phrases, lookups); len >= 1; len--) {
      Token last = tokens.get(i + len - 1);
      if (!allCaps && !last.capitalised() && !(len > 1 && last.possessive())) {
        continue; // a name may end with a possessive s: "St. John's"
      }
      if (len == 1 && (isDemonym(tokens, i, t, kt, allCaps) || neverAlone(t, kt, allCaps))) {
        break; // asked before the look-ups, which a short word would make for nothing
      }
      int[] ids = lookups.byName(phrases, len);
      // a word opening a sentence ("Not since ...") is capitalised anyway: another language's name is not enough
      boolean opening = len == 1 && (i == 0 || tokens.get(i - 1).sentence() != t.sentence());
      int[] named = opening && ids.length == 0 || tail ? ids : append(ids, lookups.byAlternate(phrases, len));
      if (named.length > 0 && acceptable(text, tokens, i, len, phrases.of(len), allCaps)) {
        if (namesOrganisation(text, tokens, i, i + len) || CompoundNames.headOf(gazetteer, text, tokens, i + len, named)) {
          return new Mention(i, i + len, new int[0], 0, 0, Level.NONE, null);
        }
        String backer = affiliation(text, tokens, i + len, ids);
        if (backer != null) {
          return new Mention(i, i + len, new int[] {gazetteer.countryId(backer)}, 1, 1, Level.NONE, backer);
        }
        // the named matches, then the entries that only share the phrase's skeleton ("Rioblanco")
        int[] all = append(named, lookups.bySkeletonOf(phrases, len));
        return new Mention(i, i + len, all, ids.length, named.length, Level.NONE, null);
      }
    }
    for (int len = twoWordDemonym ? 2 : Math.min(1, reach); len >= 1; len--) {
      String demonym = len == 1 && (kt & WordKinds.DEMONYM) == 0 ? null : gazetteer.demonyms().get(phrases.of(len));
      if (demonym != null && (allCaps || t.capitalised())) {
        return new Mention(i, i + len, new int[] {gazetteer.countryId(demonym)}, 1, 1, Level.NONE,
            demonym);
      }
    }
    if (tail || (kt & WordKinds.FUNCTION_WORD) != 0 || t.norm().length() < 3 && !articleStart) {
      return null;
    }
    for (int len = Math.min(3, reach); len >= 1; len--) {
      if (!allCaps && !tokens.get(i + len - 1).capitalised()) {
        continue;
      }
      if (len == 1 && neverAlone(t, kt, allCaps)) {
        break;
      }
      int[] ids = lookups.bySkeletonOf(phrases, len);
      if (ids.length > 0 && acceptable(text, tokens, i, len, phrases.of(len), allCaps)) {
        if (namesOrganisation(text, tokens, i, i + len) || CompoundNames.headOf(gazetteer, text, tokens, i + len, ids)) {
          return new Mention(i, i + len, new int[0], 0, 0, Level.NONE, null);
        }
        return new Mention(i, i + len, ids, 0, 0, Level.NONE, null);
      }
    }
    return null;
  }

  /**
   * The most of the first {@code longest} phrases that may be a name: the tokens beyond a
   * phrase that begins no name cannot make one (most phrases tried are nobody's name, and the
   * gazetteer answers this on the heap, without probing its tables).
   */
  private static int longestPossible(int longest, Phrases phrases, NameLookups lookups) {
    for (int len = 2; len <= longest; len++) {
      if (!phrases.oneWord(len) && !lookups.mayBeginName(phrases, len)) { // the beginnings kept are of two words or more
        return len - 1;
      }
    }
    return longest;
  }

  /**
   * The country of a country's name that describes an actor rather than a place ("an Iran-backed
   * militia", "the Saudi-led coalition"): read like a demonym; null for any other name.
   */
  private String affiliation(String text, List<Token> tokens, int next, int[] ids) {
    if (next >= tokens.size() || !WordLists.AFFILIATIONS.contains(tokens.get(next).norm())
        || !hyphenAfter(text, tokens, next - 1)) {
      return null;
    }
    for (int id : ids) {
      if (gazetteer.kind(id) == PlaceKind.COUNTRY) {
        return gazetteer.countryCode(id);
      }
    }
    return null;
  }

  private static boolean hyphenAfter(String text, List<Token> tokens, int i) {
    return i + 1 < tokens.size() && text.charAt(tokens.get(i).end()) == '-';
  }

  /** A demonym ("Somali") read as such unless a level word makes it a region ("Somali region"). */
  private static boolean isDemonym(List<Token> tokens, int i, Token t, int kinds, boolean allCaps) {
    if ((kinds & WordKinds.DEMONYM) == 0 || !(allCaps || t.capitalised())) {
      return false;
    }
    return i + 1 >= tokens.size() || Level.of(tokens.get(i + 1).norm()) == Level.NONE;
  }

  /** {@code first} followed by the ids of {@code more} it lacks. */
  private static int[] append(int[] first, int[] more) {
    if (more.length == 0) {
      return first;
    }
    int[] out = Arrays.copyOf(first, first.length + more.length);
    int n = first.length;
    outer:
    for (int id : more) {
      for (int i = 0; i < first.length; i++) {
        if (first[i] == id) {
          continue outer;
        }
      }
      out[n++] = id;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /**
   * A word that is no place's name on its own: an article, a connector, a short word ("US"
   * aside); {@code kinds} are its {@link WordKinds}.
   */
  private static boolean neverAlone(Token t, int kinds, boolean allCaps) {
    String word = t.norm();
    if ((kinds & WordKinds.NEVER_ALONE) != 0) {
      return true;
    }
    return word.length() <= 2 && !isAcronym(t, allCaps) || word.length() == 3 && allCaps;
  }

  /** Whether the name found may be taken; for a single word, one not {@link #neverAlone}. */
  private boolean acceptable(String text, List<Token> tokens, int i, int len, String phrase,
      boolean allCaps) {
    if (len > 1) {
      return true;
    }
    Token t = tokens.get(i);
    if (i > 0 && PersonNames.afterPersonCue(text, tokens, i, allCaps) || !allCaps && PersonNames.givenName(text, tokens, i)) {
      return false;
    }
    if (gazetteer.isStopName(phrase)) {
      if (!allCaps && (i + 1 < tokens.size() && Level.of(tokens.get(i + 1).norm()) != Level.NONE
          || inCommaChain(text, tokens, i))) {
        return true; // "Plateau State", "Kishosho, Plateau, Nigeria"
      }
      if (!allCaps && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
          && tokens.get(i + 1).start() == t.end() + 1) {
        return false;
      }
      boolean locative = i > 0 && WordLists.LOCATIVES.contains(tokens.get(i - 1).norm())
          && tokens.get(i - 1).sentence() == t.sentence();
      return !allCaps && locative && t.capitalised();
    }
    return true;
  }

  /** Capitalised words joined by commas on both sides of token {@code i}: "Kishosho, Plateau, Nigeria". */
  private static boolean inCommaChain(String text, List<Token> tokens, int i) {
    String before = i > 0 ? tokens.get(i - 1).norm() : ""; // "Eshkol regional council, Southern, Israel"
    boolean linkBefore = i > 0 && (tokens.get(i - 1).capitalised() || Level.of(before) != Level.NONE
        || before.equals("council"));
    return linkBefore && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
        && tokens.get(i - 1).sentence() == tokens.get(i + 1).sentence()
        && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip().equals(",")
        && text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).strip().equals(",");
  }

  private static boolean namesOrganisation(String text, List<Token> tokens, int first, int next) {
    if (next < tokens.size() && WordLists.ORGANISATION_HEADS.contains(tokens.get(next).norm())
        && tokens.get(next).sentence() == tokens.get(next - 1).sentence()) {
      return true;
    }
    return WordLists.streetAbbreviationAt(tokens, next)
        || RouteNames.inRouteName(text, tokens, first, next) && RouteNames.startOf(text, tokens, first, next) < 0;
  }

  /** "US", "UK" in mixed-case text. */
  private static boolean isAcronym(Token t, boolean allCaps) {
    return !allCaps && t.allUpper() && t.end() - t.start() >= 2;
  }
}
