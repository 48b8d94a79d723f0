package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.text.Span;
import org.vigil.text.Token;
import org.vigil.text.WordSet;

/**
 * People named after a title or office ("Attorney General Roberto Garcia Alvarado", "Jesuit
 * priest Ignacio Ellacuria", "commander Qassem Soleimani") or as the victim of a harm noun ("the
 * murder of Luis Carlos Galan"). The anchor word finds the name, so it works on all-capitals
 * wire copy too; two to four name words follow it, stopping at
 * punctuation, a function word, a place, a registry name or a lexicon word. Thread-safe.
 */
final class Persons {

  static final Set<String> TITLES = WordSet.of("president", "minister", "mayor", "governor", "judge",
      "attorney", "general", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant",
      "sgt", "major", "maj", "commander", "priest", "father", "bishop", "archbishop", "monsignor",
      "rector", "dr", "mr", "mrs", "ms", "senator", "deputy", "congressman", "candidate", "leader",
      "chief", "director", "journalist", "businessman", "ambassador", "consul", "professor",
      "cleric", "imam", "sheikh", "rabbi", "pastor", "lawyer", "magistrate", "councilman",
      "councillor", "mp", "spokesman", "spokeswoman", "activist", "teacher", "official",
      "prosecutor", "gen", "adm", "admiral", "brigadier", "vice", "secretary", "chairman", "editor",
      "reporter", "photographer", "nun", "sister", "brother", "prof", "legislator", "lawmaker");

  /** Particles inside Spanish and Portuguese names: "DE", "DEL", "DE LA". */
  static final Set<String> PARTICLES = WordSet.of("de", "del", "la", "las", "los", "y", "da", "do", "dos", "das");

  /** Words that qualify a title and begin no name: "the murder of FORMER SUPREME COURT PRESIDENT ...". */
  private static final Set<String> QUALIFIERS = WordSet.of("former", "late", "retired", "ex");

  /** Nouns of harm done to a person: "the murder of", "the kidnapping of". */
  static final Set<String> HARM = WordSet.of("murder", "assassination", "killing", "death", "kidnapping",
      "abduction", "murders", "assassinations", "killings", "deaths", "kidnappings", "abductions");

  private Persons() {}

  static List<Span> find(Doc doc) {
    List<Span> out = new ArrayList<>();
    List<Token> t = doc.tokens;
    for (int i = 0; i < t.size() - 1; i++) {
      boolean anchor = TITLES.contains(t.get(i).key()) && !TITLES.contains(t.get(i + 1).key())
          || HARM.contains(t.get(i).key()) && i + 1 < t.size() && t.get(i + 1).key().equals("of");
      if (!anchor) {
        continue;
      }
      if (!TITLES.contains(t.get(i).key())) {
        i++; // "the murder of LUIS CARLOS GALAN": the name follows "of"
      }
      int j = i + 1;
      if (j < t.size() && t.get(j).key().equals(".")) {
        j++;
      }
      if (j < t.size() && QUALIFIERS.contains(t.get(j).key())) {
        continue; // "the murder of former Supreme Court president X": the title's own anchor finds X
      }
      int start = j;
      while (j < t.size() && j - start < 4 && (nameWord(doc, j) || j > start && PARTICLES.contains(t.get(j - 1).key())
          && nameWord(doc, j, true))) { // "ALFONSO DE LIMA": after a particle a place is a surname
        j++;
      }
      while (j - 1 > start && PARTICLES.contains(t.get(j - 1).key())) {
        j--; // a name does not end with "DE"
      }
      if (j - start >= 2) {
        out.add(new Span(t.get(start).start(), t.get(j - 1).end()));
        i = j - 1;
      }
    }
    return out;
  }

  /** A word that may be part of a person's name: capitalised (in mixed case), no function word, title, place or registry name. */
  static boolean nameWord(Doc doc, int i) {
    return nameWord(doc, i, false);
  }

  /**
   * As {@link #nameWord(Doc, int)}; with {@code placesToo}, a word the geocoder took for a place
   * may still be part of a name ("LUIS CARLOS GALAN": many surnames are towns too).
   */
  static boolean nameWord(Doc doc, int i, boolean placesToo) {
    return doc.facts.nameWord(i, placesToo);
  }

  /** {@link #nameWord(Doc, int, boolean)} worked out, for {@link TokenFacts} to remember. */
  static boolean readNameWord(Doc doc, int i, boolean placesToo) {
    if (i >= doc.tokens.size()) {
      return false;
    }
    Token t = doc.tokens.get(i);
    if (!t.isWord() || t.raw().length() < 2 && !t.key().equals("o")) {
      return false;
    }
    if (!doc.allCaps && !t.capitalised()) {
      return false;
    }
    String k = t.key();
    if (Phrases.isFunctionWord(k) || TITLES.contains(k) || CasualtyWords.roleAt(doc, i) != null) {
      return false;
    }
    if (doc.allCaps && notNameInCapitals(k)) {
      return false; // "BECAUSE IGNACIO ELLACURIA", "VIRGILIO BARCO DECLARED": in capitals, only the case told them apart
    }
    if (placesToo && (NOT_NAMES.contains(k) || doc.coverage.inPlace(i) && demonym(doc, t))) {
      return false; // "SPANISH JESUIT IGNACIO ELLACURIA": the name starts after nationality and order
    }
    return !(placesToo ? doc.coverage.inNamedBesidesPlaces(i) : doc.coverage.inNamed(i));
  }

  /** Common words that run into a name in all-capitals copy, where the case cannot stop it. */
  private static final Set<String> CAPS_COMMON = WordSet.of("because", "although", "though", "since", "until", "unless",
      "whether", "if", "so", "yet", "almost", "only", "even", "just", "still", "already", "again", "now", "very",
      "far", "every", "day", "good", "evening", "morning", "asked", "declared", "stated", "added", "reported",
      "announced", "denied", "confirmed", "noted", "explained", "told", "warned", "charged", "accused", "claimed",
      "described", "called", "urged", "caused", "born", "drowned", "out", "up", "total", "however", "meanwhile");

  /**
   * True for a common word, or an adverb or verb form by its ending, that names no one in
   * capitals: "ERUPTED", "DELIVERED", "IMPLIES", "HAVING" (not "MOHAMMED", "ALFRED", "KING").
   */
  private static boolean notNameInCapitals(String k) {
    return CAPS_COMMON.contains(k) || k.length() >= 6 && (k.endsWith("ally") || k.endsWith("ibly")
        || k.endsWith("ably") || k.endsWith("edly") || k.endsWith("ously") || k.endsWith("ively"))
        || k.length() >= 6 && (k.endsWith("ing") || k.endsWith("ies"))
        || k.length() >= 7 && k.endsWith("ed") && !k.endsWith("med") && !k.endsWith("fred");
  }

  /**
   * True when a noun of a kind of organised body is among tokens {@code [first, end)} ("ORGANIZATION
   * UNOC", "INTELLIGENCE CORPS"): the words name a body (or a thing: "LA VIVIENDA CORPORATION"), and a
   * body is never a person harmed, whatever a capitalised run of words looks like.
   */
  static boolean body(Doc doc, int first, int end) {
    for (int i = first; i < end; i++) {
      if (BODIES.contains(doc.key(i))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns for a kind of organised body, which name no person: "ORGANIZATION", "CORPS", "FEDERATION". */
  private static final Set<String> BODIES = WordSet.of("organization", "organisation", "organizations", "organisations",
      "corps", "federation", "association", "committee", "council", "movement", "front", "party", "institute",
      "foundation", "directorate", "corporation", "ministry", "department", "bureau", "cartel", "union", "alliance");

  /** Nouns of nationality or religious order written before a name, which the gazetteer does not read as demonyms. */
  private static final Set<String> NOT_NAMES = WordSet.of("spaniard", "spaniards", "jesuit", "jesuits", "franciscan",
      "dominican", "mormon", "mormons", "missionary", "missionaries", "nationals", "national", "citizen", "citizens");

  /** True when the token is a demonym the geocoder read ("SALVADORAN", "U.S."). */
  private static boolean demonym(Doc doc, Token t) {
    for (org.vigil.geo.ResolvedPlace p : doc.places) {
      if (p.span().start() <= t.start() && t.end() <= p.span().end() && "demonym".equals(p.relation())) {
        return true;
      }
    }
    return false;
  }
}
