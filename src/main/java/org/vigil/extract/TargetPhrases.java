package org.vigil.extract;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigil.text.PhraseTrie.Match;
import org.vigil.text.Span;
import org.vigil.text.WordSet;

/**
 * The words of a target: the phrase with its owner, and a place as the object of a verb of attack.
 * Thread-safe.
 */
final class TargetPhrases {

  private TargetPhrases() {}

  private static final int MAX_OWNER = 3;

  /** Premises named by their owner: "the offices of the telecommunications company". */
  private static final Set<String> PREMISES = WordSet.of("office", "offices", "headquarters", "residence", "residences",
      "branch", "branches", "facilities", "installations", "premises", "building", "buildings", "warehouse",
      "warehouses", "plant", "plants");

  /**
   * The phrase with its owner: written before it ("FRANCISCO MERINO'S RESIDENCE", up to
   * {@link #MAX_OWNER} words and never a function word), or after premises ("offices of the workers'
   * union"); else as it is.
   */
  static Span owned(Doc doc, Span np, int to) {
    int start = doc.tokenAt(np.start());
    if (start >= 3 && doc.key(start - 1).equals("s") && doc.key(start - 2).equals("'")) {
      int a = start - 2;
      while (a - 1 >= 0 && start - 2 - (a - 1) <= MAX_OWNER && ownerWord(doc, a - 1)) {
        a--;
      }
      if (a < start - 2) {
        np = new Span(doc.tokens.get(a).start(), np.end());
      }
    }
    int end = doc.tokenAt(np.end());
    if (!PREMISES.contains(doc.key(end - 1))) {
      return np;
    }
    int of = RoleCandidates.ofEnd(doc, end, to);
    return of > end ? new Span(np.start(), doc.tokens.get(of - 1).end()) : np;
  }

  /** A word of an owner's name before "'S": no function word, trigger, word of time or verb ("MORNING ENTERED"). */
  private static boolean ownerWord(Doc doc, int i) {
    String k = doc.key(i);
    return doc.tokens.get(i).isWord() && !Phrases.isFunctionWord(k) && !doc.coverage.inTrigger(i)
        && !Phrases.neverModifier(doc, i) && !(k.endsWith("ed") && k.length() > 4 && !Phrases.adjective(doc, i));
  }

  /** Verbs whose object is what was attacked. */
  static final Set<String> AIMED = WordSet.of("attacked", "raided", "shelled", "targeting", "targeted", "stormed",
      "overran", "besieged", "bombed", "on");
  /** Nouns of places: a target word before one names the place ("Police District 9"), and after a verb of attack one is the place attacked. */
  static final Set<String> PLACE_NOUNS = WordSet.of("district", "districts", "village", "villages", "town", "towns",
      "city", "area", "neighborhood", "neighbourhood", "quarter", "province", "county", "community", "communities",
      "subdistrict", "municipality");

  /**
   * "Gunmen attacked Chak district", "shelled the town of Xa", "raided several villages": a place
   * (its name, or a noun of places) as the object of a verb of attack is its people and property.
   */
  static @Nullable Span placeAttacked(Doc doc, int[] r) {
    for (int i = r[0]; i < r[1] - 1; i++) {
      String k = doc.key(i);
      boolean aimed = AIMED.contains(k) && (!k.equals("on") || doc.key(i - 1).equals("fire") || doc.key(i - 1).equals("attacks"));
      if (!aimed && !launchedAt(doc, i)) {
        continue;
      }
      int j = i + 1;
      while (j < r[1] && j <= i + 3 && (doc.key(j).equals("the") || doc.key(j).equals("several") || doc.key(j).equals("two")
          || doc.key(j).equals("three") || doc.key(j).equals("town") && doc.key(j + 1).equals("of") || doc.key(j).equals("of")
          || doc.key(j).equals("center") || doc.key(j).equals("centre") || doc.key(j).equals("outskirts"))) {
        j++;
      }
      if (j >= r[1]) {
        return null;
      }
      int end = j;
      while (end < r[1] && doc.coverage.inPlace(end)) {
        end++;
      }
      if (PLACE_NOUNS.contains(doc.key(end))) {
        end++;
      }
      // "attacked Kumuya Military Base", "attacked the district center": the place only says where the target is
      boolean alone = end >= doc.tokens.size() || !doc.tokens.get(end).isWord() && !doc.key(end).equals("(")
          || Phrases.isFunctionWord(doc.key(end));
      boolean cue = !doc.cues(j, end, c -> c.category().equals("target")).isEmpty();
      return end > j && alone && !cue && !demonymAt(doc, j) ? doc.span(j, end) : null;
    }
    return null;
  }

  /** "rockets at the US-led coalition's base": a nationality, not a place attacked. */
  private static boolean demonymAt(Doc doc, int token) {
    int start = doc.tokens.get(token).start();
    return doc.places.stream().anyMatch(p -> p.span().start() == start && "demonym".equals(p.relation()));
  }

  /** Projectiles, and verbs of their landing, after which a place is where they were aimed. */
  private static final Set<String> LAUNCHED = WordSet.of("rocket", "rockets", "mortar", "mortars", "missile", "missiles",
      "shell", "shells", "projectile", "projectiles", "artillery", "drone", "drones");
  /** Verbs of a projectile coming down: after them, "in" or "on" a place is where it struck. */
  private static final Set<String> LANDED = WordSet.of("landed", "fell", "crashed", "struck", "hit");
  /** Words of direction after which a projectile's place follows. */
  private static final Set<String> TOWARDS = WordSet.of("at", "into", "towards", "toward");

  /** Words that open an object after a verb of landing: "struck a flat in Kharkiv", "hit their house in Sderot". */
  private static final Set<String> OBJECT_OPENERS = WordSet.of("a", "an", "the", "his", "her", "their", "its",
      "two", "three", "four", "five", "several");

  /** A verb of landing at {@code verb} has an object before its "in" or "on" (not "landed and detonated in"). */
  private static boolean struckObject(Doc doc, int verb) {
    return OBJECT_OPENERS.contains(doc.key(verb + 1)) || doc.tokens.get(verb + 1).kind() == org.vigil.text.Token.Kind.NUMBER;
  }

  /**
   * "fired mortars at Kusaybah", "a rocket that landed in Lod", "fired artillery into the town": a
   * projectile's aim; not where it was shot down ("shot down two drones in Sirwah").
   */
  private static boolean launchedAt(Doc doc, int i) {
    String k = doc.key(i);
    boolean on = k.equals("in") || k.equals("on");
    if (!on && !TOWARDS.contains(k)) {
      return false;
    }
    for (int b = i - 1; b >= 0 && b >= i - 3; b--) {
      if (LANDED.contains(doc.key(b)) || !on && LAUNCHED.contains(doc.key(b))) {
        // not "struck a store in Sderot", "struck PKK positions in Duhok", "struck a flat in Kharkiv": what was struck is the target
        return doc.cues(b + 1, i, c -> c.category().equals("target")).isEmpty() && doc.groupsIn(b + 1, i).isEmpty()
            && !(LANDED.contains(doc.key(b)) && b + 1 < i && struckObject(doc, b));
      }
    }
    return false;
  }

  /**
   * "a village tract administrator", "the village administration office", "a Government High
   * School": a target word followed in the same noun phrase by another of a different type only
   * says what kind of that other it is; the last noun is the head. A force or a faith before it
   * owns it instead ("a police substation", "a military prosecutor", "a cathedral administrator"),
   * and so does anything before premises ("the company offices", "a civilian office").
   */
  static boolean modifies(Doc doc, Match<Cue> c, Match<Cue> next) {
    if (next.firstToken() < c.endToken() || next.firstToken() > c.endToken() + 1
        || next.value().label().equals(c.value().label()) || OWNERS.contains(c.value().label())
        || PREMISES.contains(doc.key(next.endToken() - 1))) {
      return false;
    }
    int i = c.endToken();
    String k = doc.key(i);
    return i == next.firstToken() || doc.tokens.get(i).isWord() && !Phrases.isFunctionWord(k)
        && !k.endsWith("ing") && !k.endsWith("ed"); // "a minibus carrying civilians": a verb between, two things
  }

  /** Target types whose word before another names its owner, not its kind. */
  private static final Set<String> OWNERS = Set.of("police", "military", "religious");

  /** Words that may stand between a name and the office set beside it: "X, a former deputy sarpanch". */
  private static final Set<String> DESCRIBING = WordSet.of("a", "an", "the", "former", "local", "senior", "deputy");
  private static final int MAX_DESCRIPTION = 6;

  /**
   * "Korram, a former deputy sarpanch, was killed", "Sharawe, the district secretary, was unhurt",
   * "He was a district official": the target word describes a named person (after a comma that
   * follows a capitalised name) or the person a pronoun stands for, so it says who was attacked.
   */
  static boolean describes(Doc doc, Match<Cue> c) {
    int i = c.firstToken() - 1;
    int words = 0;
    while (i >= 0 && words < MAX_DESCRIPTION && doc.tokens.get(i).isWord()
        && (!Phrases.isFunctionWord(doc.key(i)) || DESCRIBING.contains(doc.key(i)))) {
      if (doc.key(i).equals("a") || doc.key(i).equals("an") || doc.key(i).equals("the")) {
        String before = doc.key(i - 1);
        if (before.equals(",")) {
          return i >= 2 && doc.tokens.get(i - 2).isWord() && doc.tokens.get(i - 2).capitalised();
        }
        return (before.equals("was") || before.equals("is")) && PRONOUNS.contains(doc.key(i - 2));
      }
      i--;
      words++;
    }
    return false;
  }

  private static final Set<String> PRONOUNS = WordSet.of("he", "she");

  /** Verbs whose subject set the violence going rather than suffered it. */
  private static final Set<String> ORDERING = WordSet.of("ordered", "masterminded", "orchestrated", "planned",
      "commissioned", "hired", "paid", "financed", "funded", "instigated", "plotted");
  /** Words that may stand between such a subject and its verb. */
  private static final Set<String> HEDGES = WordSet.of("allegedly", "reportedly", "had", "has", "also", "personally");

  /**
   * "prosecutors said the former mayor ordered the killing of a rival", "a businessman allegedly hired the gunmen":
   * the people named right before a verb of ordering or paying for the violence (ending at token {@code end}) did it,
   * through others. Not "an officer who ordered them to stop", whose verb is a clause of its own.
   */
  static boolean ordering(Doc doc, int end) {
    int v = end;
    while (v < end + 2 && HEDGES.contains(doc.key(v))) {
      v++;
    }
    return ORDERING.contains(doc.key(v));
  }
}
