package org.vigil.extract;

import java.util.List;
import java.util.Set;
import org.vigil.text.WordSet;

/**
 * Whether an armed assault or a bombing was aimed at one person of note, which makes it an
 * assassination in the GTD's sense: a prominent victim killed ("the mayor was shot dead"), or an
 * attack whose object is one person, named or described by an office ("shot and killed Juan
 * Perez", "opened fire on a village chairman", "a bomb targeting the convoy of the governor").
 * Attacks on rank-and-file soldiers or police, or on a crowd, are not. Thread-safe.
 */
final class Assassinations {

  private static final Set<String> TITLES = WordSet.of("mayor", "governor", "minister", "judge",
      "prosecutor", "candidate", "senator", "lawmaker", "politician", "leader", "official",
      "councillor", "councilor", "legislator", "deputy", "chief", "commander", "general",
      "president", "ambassador", "cleric", "activist", "journalist", "editor", "mp", "chairman",
      "head", "magistrate", "colonel", "director", "spokesman", "businessman", "elder", "administrator",
      "ruler", "headman", "mukhtar");
  /** Offices whose holder, singled out as the object of an attack, makes it an assassination. */
  private static final Set<String> OFFICES = WordSet.of("mayor", "governor", "minister", "judge", "prosecutor",
      "candidate", "senator", "lawmaker", "politician", "leader", "councillor", "councilor",
      "legislator", "deputy", "chief", "commander", "president", "ambassador", "cleric", "activist",
      "journalist", "editor", "chairman", "chairperson", "chair", "chairwoman", "magistrate", "director",
      "businessman", "elder", "administrator", "ruler", "headman", "anchor", "presenter", "reporter",
      "imam", "doctor", "lawyer", "secretary", "mukhtar", "sarpanch", "emir", "principal",
      "professor", "parliamentarian", "commissioner", "official", "inspector", "colonel");
  private static final Set<String> FORMER = WordSet.of("slain", "late", "former", "ex", "killed", "murdered", "assassinated");
  /** Verbs of attack whose object is what was attacked ("shot and killed X", "opened fire on X"). */
  private static final Set<String> AIMED = WordSet.of("killed", "shot", "targeting", "targeted", "attacked", "ambushed",
      "stabbed", "assassinated", "beheaded", "strangled", "gunned", "on");
  /** What belongs to the person attacked: "the convoy of", "the house of". */
  private static final Set<String> BELONGINGS = WordSet.of("vehicle", "car", "convoy", "motorcade", "house",
      "residence", "home", "office", "compound", "bodyguards", "guards");
  /** Honorifics that stand before a name of one word ("U Than Win"). */
  private static final Set<String> HONORIFICS = WordSet.of("u", "daw", "haji", "mawlawi", "mullah", "maulana", "sheikh");

  private Assassinations() {}

  /** True when the incident of these clauses, with this many killed, was an assassination. */
  static boolean of(Doc doc, List<int[]> clauses, IncidentType type, Casualties casualties) {
    if (type != IncidentType.ARMED_ASSAULT && type != IncidentType.BOMBING) {
      return false;
    }
    int killed = casualties.killed() == null ? 0 : casualties.killed().value();
    return killed <= 3 && prominentVictim(doc, clauses) || killed <= 5 && aimedAtPerson(doc, clauses);
  }

  /** "X shot and killed the mayor": a title of note and a killing in one clause. */
  private static boolean prominentVictim(Doc doc, List<int[]> clauses) {
    for (int[] r : clauses) {
      boolean kill = false;
      boolean title = false;
      for (int i = r[0]; i < r[1]; i++) {
        String k = doc.key(i);
        if (k.equals("killed") || k.equals("shot") || k.equals("dead") || k.equals("gunned") || k.equals("murdered")) {
          kill = true;
        }
        if (TITLES.contains(k) && !Assembler.REPORTING.contains(doc.key(i + 1)) && !doc.key(i - 1).equals("police")
            && !doc.key(i + 1).equals("'") && !doc.key(i + 1).equals("s") && !doc.key(i + 1).equals("of")
            && !FORMER.contains(doc.key(i - 1)) && !Sources.speaker(doc, i, i + 1)
            && (determinedWithin(doc, i, 3) || Persons.nameWord(doc, i + 1, true))) {
          title = true;
        }
      }
      if (title && (kill || doc.has(r[0], r[1], "cue", "attempt"))) {
        return true;
      }
    }
    return false;
  }

  /** The object of a verb of attack in the clauses is one person, named or described by an office. */
  private static boolean aimedAtPerson(Doc doc, List<int[]> clauses) {
    for (int[] r : clauses) {
      for (int i = r[0]; i < r[1]; i++) {
        String k = doc.key(i);
        int j;
        if (BELONGINGS.contains(k) && (doc.key(i + 1).equals("of") || doc.key(i + 1).equals("belonging")
            && doc.key(i + 2).equals("to"))) {
          j = i + (doc.key(i + 1).equals("of") ? 2 : 3); // "the convoy of", "the vehicle belonging to"
        } else if (AIMED.contains(k) && (!k.equals("on") || doc.key(i - 1).equals("fire"))) {
          j = i + 1;
          if (doc.key(j).equals("on") || doc.key(j).equals("at")) {
            j++;
          }
        } else {
          continue;
        }
        if (j < r[1] && person(doc, j, r[1])) {
          return true;
        }
      }
    }
    return false;
  }

  /** A person starts at {@code i}: "a tribal elder", "mayor Juan Perez", "Juan Perez", "Hafizullah, a judge". */
  private static boolean person(Doc doc, int i, int end) {
    String k = doc.key(i);
    if (k.equals("a") || k.equals("an") || k.equals("the") || k.equals("two") || k.equals("three")) {
      for (int j = i + 1; j < end && j <= i + 5 && doc.tokens.get(j).isWord(); j++) {
        if (office(doc, j) && !doc.key(j + 1).equals("'")
            && (!doc.key(j + 1).equals("of") || doc.key(j).equals("member") || doc.key(j).equals("members"))) {
          return true;
        }
      }
      return false;
    }
    int j = i;
    while (j < end && j < i + 4 && doc.tokens.get(j).isWord() && !Phrases.isFunctionWord(doc.key(j))
        && (!doc.tokens.get(j).capitalised() || Persons.TITLES.contains(doc.key(j)) || office(doc, j)
        || doc.coverage.inNamed(j))) {
      j++; // "traditional leader", "barangay councilor", "West Bengal Minister" before the name
    }
    if (HONORIFICS.contains(doc.key(j))) {
      j++;
    } else if (!Persons.nameWord(doc, j) || doc.coverage.inNamed(j)) {
      return false;
    }
    int start = j;
    int words = 0;
    while (j < end && words < 5) {
      if (Persons.nameWord(doc, j)) {
        j++;
      } else if (j > start && PARTICLES.contains(doc.key(j)) && doc.key(j + 1).equals("-")
          && Persons.nameWord(doc, j + 2)) {
        j += 3; // "Abdul Latif al-Obaidi"
      } else {
        break;
      }
      words++;
    }
    if (j == start || words > 4) {
      return false; // "United Nations Multidimensional Integrated Stabilization Mission" is no one person
    }
    String next = doc.key(j);
    // a verb ends the name ("the vehicle of Colonel Omar Ali detonated"), a noun does not ("Khalid air base")
    boolean ends = j >= end || !doc.tokens.get(j).isWord() && !next.equals("(") || Phrases.isFunctionWord(next)
        || next.endsWith("ed") && !doc.tokens.get(j).capitalised();
    boolean apposed = next.equals(",") && (doc.key(j + 1).equals("a") || doc.key(j + 1).equals("an")
        || doc.key(j + 1).equals("the"));
    if (apposed && !titled(doc, i, start) && !officeWithin(doc, j + 2, end)) {
      return false; // "Juan Perez, a farmer", "U Maung, a suspected informant": named, but no one of note
    }
    return ends && (j - start >= 2 || HONORIFICS.contains(doc.key(start - 1)) || apposed);
  }

  /**
   * An office at {@code k}: one of {@link #OFFICES}, its plural ("two judges", "councilors"), or a
   * member of an elected body ("a provincial council member", "Member of the Assembly").
   */
  private static boolean office(Doc doc, int k) {
    String w = doc.key(k);
    if (OFFICES.contains(w) || w.endsWith("s") && !doc.tokens.get(k).capitalised()
        && OFFICES.contains(w.substring(0, w.length() - 1))) { // not "Doctors Without Borders"
      return true;
    }
    if (SENIOR_RANKS.contains(w)) {
      return senior(doc, k);
    }
    if (w.equals("general")) {
      return GENERAL_RANKS.contains(doc.key(k - 1)); // "a brigadier general", never "the general public"
    }
    if (!w.equals("member") && !w.equals("members")) {
      return false;
    }
    if (BODIES.contains(doc.key(k - 1))) {
      return true;
    }
    for (int i = k + 1; i < k + 5 && i < doc.tokens.size() && doc.tokens.get(i).isWord(); i++) {
      if (BODIES.contains(doc.key(i))) {
        return doc.key(k + 1).equals("of"); // "member of the provincial assembly"
      }
    }
    return false;
  }

  /** Ranks that are of note when the report calls their holder senior ("a senior intelligence officer"). */
  private static final Set<String> SENIOR_RANKS = WordSet.of("officer", "officers");
  /** Ranks written before "general" that make it an officer's rank. */
  private static final Set<String> GENERAL_RANKS = WordSet.of("major", "brigadier", "lieutenant");
  /** Words between "senior" and the rank ("a senior Iraqi army officer"). */
  private static final int SENIOR_WORDS = 4;

  private static boolean senior(Doc doc, int k) {
    for (int i = k - 1; i >= Math.max(0, k - SENIOR_WORDS) && doc.tokens.get(i).isWord(); i--) {
      if (doc.key(i).equals("senior") || doc.key(i).equals("high-ranking") || doc.key(i).equals("top")) {
        return true;
      }
    }
    return false;
  }

  /** Particles written in lower case inside a name, joined by a hyphen to the next word ("al-Obaidi"). */
  private static final Set<String> PARTICLES = WordSet.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn");

  /** Words before a name that are no title of note. */
  private static final Set<String> PLAIN = WordSet.of("mr", "mrs", "ms", "brother", "sister", "father");

  /** A title of note before the name ("Major Ahmad Khan", "Mayor Ana Diaz"). */
  private static boolean titled(Doc doc, int from, int name) {
    for (int k = from; k < name; k++) {
      if (Persons.TITLES.contains(doc.key(k)) && !PLAIN.contains(doc.key(k)) || OFFICES.contains(doc.key(k))) {
        return true;
      }
    }
    return false;
  }

  /** Longest appositive read for an office ("a former provincial council member"). */
  private static final int APPOSITIVE_WORDS = 10;
  /** Elected bodies: a member of one holds an office ("a member of the town council", "a Nangarhar MP"). */
  private static final Set<String> BODIES = WordSet.of("council", "parliament", "assembly", "legislature", "senate",
      "congress", "mp", "captain");

  /**
   * An office among the words from {@code i} to the next comma or full stop: the appositive says
   * who the person is ("a junta-appointed village administrator", "a member of the town council").
   */
  private static boolean officeWithin(Doc doc, int i, int end) {
    for (int k = i; k < end && k < i + APPOSITIVE_WORDS; k++) {
      String w = doc.key(k);
      if (w.equals(",") || w.equals(".") || w.equals(";")) {
        return false;
      }
      if (office(doc, k) || BODIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean determinedWithin(Doc doc, int i, int window) {
    for (int k = i - 1; k >= Math.max(0, i - window); k--) {
      String w = doc.key(k);
      if (w.equals("a") || w.equals("the") || w.equals("an") || w.equals("one")) {
        return true; // "one tribal elder was killed"
      }
      if (!doc.tokens.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }
}
