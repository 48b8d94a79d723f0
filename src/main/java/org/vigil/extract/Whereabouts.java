package org.vigil.extract;

import java.util.Set;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.WordSet;

/**
 * A victim's own dwelling or office named as where he came from or went to ("shot as he was
 * leaving his home", "kidnapped from her house", "on his way between his home and office",
 * "when he arrived at his residence") says where the attack found him, not what was attacked;
 * so does a hospital or clinic the wounded were taken to or treated in ("rushed to a nearby
 * hospital", "died in hospital"). Stateless.
 */
final class Whereabouts {

  /** Places a person lives or works in. */
  private static final Set<String> DWELLINGS = WordSet.of("home", "homes", "house", "houses", "residence",
      "residences", "office", "offices", "apartment", "farm");
  /** Words of going in, out or between, right before the owner's word. */
  private static final Set<String> PASSING = WordSet.of("leaving", "left", "leave", "entering", "entered", "enter",
      "from", "between", "toward", "towards", "reaching", "reached");
  /** Verbs of going that take "to" or "at" before the place: "returning to his home", "arrived at her house". */
  private static final Set<String> GOING = WordSet.of("returning", "returned", "return", "went", "going", "go",
      "arrived", "arriving", "arrive", "came", "coming", "walking", "driving", "heading", "headed");
  private static final Set<String> OWNERS = WordSet.of("his", "her", "their");

  private Whereabouts() {}

  /** Places of care the wounded are taken to. */
  private static final Set<String> CARE = WordSet.of("hospital", "hospitals", "clinic", "clinics");
  /** Nouns that name a place of care after "health" or "medical": "a health centre", "medical facilities". */
  private static final Set<String> CARE_NOUNS = WordSet.of("centre", "center", "centres", "centers", "facility",
      "facilities");

  /**
   * True when the target cue {@code c} is an owner's dwelling he was passing in or out of, or a
   * place of care the wounded were taken to or treated in ("rushed to a nearby hospital", "died
   * in hospital").
   */
  static boolean passing(Doc doc, Match<Cue> c) {
    String last = doc.key(c.endToken() - 1);
    String before = doc.key(c.endToken() - 2);
    if (CARE.contains(last) || CARE_NOUNS.contains(last) && (before.equals("health") || before.equals("medical"))) {
      return care(doc, c);
    }
    if (!DWELLINGS.contains(doc.key(c.endToken() - 1))) {
      return false;
    }
    int owner = c.firstToken() - 1;
    while (owner > 0 && owner > c.firstToken() - 3 && !OWNERS.contains(doc.key(owner))
        && doc.tokens.get(owner).isWord() && !Phrases.isFunctionWord(doc.key(owner))) {
      owner--; // "his new home", "her private residence"
    }
    if (!OWNERS.contains(doc.key(owner))) {
      return false;
    }
    String from = doc.key(owner - 1);
    return PASSING.contains(from)
        || (from.equals("to") || from.equals("at")) && GOING.contains(doc.key(owner - 2));
  }

  /** Words after a place of care that make it where the wounded are: "at the hospital receiving treatment". */
  private static final Set<String> TREATED = WordSet.of("receiving", "recovering", "being", "where");
  /** Words before a place of care that make it a landmark of where it happened. */
  private static final Set<String> AROUND = WordSet.of("around", "near");
  /** Words of being somewhere, before "at" a place of care. */
  private static final Set<String> STOOD = WordSet.of("was", "were", "is", "are", "stationed", "based", "located",
      "posted", "deployed", "quartered");
  /** People and things of a place of care, named after it: "a hospital ambulance" is what was hit. */
  private static final Set<String> OF_CARE = WordSet.of("ambulance", "ambulances", "staff", "worker", "workers",
      "director", "employee", "employees", "doctor", "doctors", "nurse", "nurses", "guard", "guards", "vehicle", "van");

  /**
   * "taken to hospital", "rushed to a nearby clinic", "taken to the Bogota military hospital",
   * "died in hospital", "at the hospital receiving treatment": where the wounded went, not what was
   * attacked; nor is "a hospital ambulance" (the ambulance was hit), "no longer a hospital", or the
   * hospital where a target stood ("a military position at Santa Teresa hospital").
   */
  private static boolean care(Doc doc, Match<Cue> c) {
    int k = c.firstToken() - 1;
    String next = doc.key(c.endToken());
    if (doc.key(k).equals("in") && c.endToken() == c.firstToken() + 1 || TREATED.contains(next)
        || OF_CARE.contains(next) || doc.key(k - 1).equals("not") || doc.key(k - 1).equals("longer")) {
      return true; // "in hospital", with no article
    }
    for (; k > 0 && c.firstToken() - k <= 5 && doc.tokens.get(k).isWord() || doc.key(k).equals("-"); k--) {
      if (doc.key(k).equals("to") || AROUND.contains(doc.key(k))) {
        return true; // "went to the Medical-Surgical Hospital", "fighting in the area around San Teresa hospital"
      }
      if (doc.key(k).equals("at")) { // "a military position at Santa Teresa hospital": where the target stood
        int at = k;
        return STOOD.contains(doc.key(at - 1)) // "the unit was at Santa Teresa hospital"
            || doc.cues(Math.max(0, at - 4), at, x -> x.category().equals("target")).stream().anyMatch(x -> x.endToken() >= at - 1);
      }
    }
    return false;
  }

  /** Words that name a settlement or a part of one. */
  private static final Set<String> SETTLEMENTS = Set.of("village", "villages", "neighborhood", "neighbourhood",
      "area", "town");

  /**
   * "a bomb hit an army vehicle in Karte-e-Naw neighborhood", "killed 22 worshippers in the village of
   * Natiaboani": a named settlement after "in" is where
   * it happened, not what was attacked (the phrase at tokens {@code [first, end)}).
   */
  static boolean settlement(Doc doc, int first, int end) {
    if (!SETTLEMENTS.contains(doc.key(end - 1))) {
      return false;
    }
    if (end - first == 1 && doc.key(first - 1).equals("the") && doc.key(first - 2).equals("in") && doc.key(end).equals("of")
        && doc.tokens.size() > end + 1 && doc.tokens.get(end + 1).capitalised()) {
      return true; // "in the village of Natiaboani": the name after says where
    }
    int last = end - 1; // a phrase may hold the name itself ("Al-Amal neighbourhood"), a cue only the noun
    for (int i = last - 1; i >= 0 && i >= Math.min(first, last) - 6; i--) {
      String k = doc.key(i);
      if (k.equals("in")) {
        return i < last - 1 && doc.tokens.get(i + 1).capitalised(); // a name between: "in Karte-e-Naw neighborhood", not "in the village"
      }
      if (Phrases.isFunctionWord(k) || !doc.tokens.get(i).isWord() && !k.equals("-") && !k.equals("'")) {
        return false;
      }
    }
    return false;
  }
}
