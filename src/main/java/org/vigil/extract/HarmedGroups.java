package org.vigil.extract;

import java.util.Set;
import org.vigil.registry.Group;
import org.vigil.text.WordSet;

/** Groups named as the ones that suffered an incident's violence, not as its authors. Stateless. */
final class HarmedGroups {

  private HarmedGroups() {}

  /**
   * "killed four al-Shabaab militants", "airstrikes on Taliban positions": a group named after the
   * violence as the one that suffered it (a number, a preposition of aim or a violent word right
   * before its name) did not carry it out; nor did one named before the head right after a verb
   * of harm ("said it killed 20 Boko Haram fighters in an airstrike").
   */
  static boolean harmed(Doc doc, Draft d, NamedMention<Group> g) {
    if (affiliation(doc, g)) {
      return true;
    }
    if (doc.key(g.first() - 1).equals("(")) { // "members of the Popular Mobilization Forces (PMF)": as the name before
      for (NamedMention<Group> named : doc.groups) {
        if (named.end() == g.first() - 1 && named.entry() != null && named.entry().equals(g.entry())) {
          return harmed(doc, d, named);
        }
      }
    }
    for (EventMention m : d.mentions) {
      int head = m.head().firstToken();
      boolean after = g.first() > head;
      if (m.sentence != doc.sentenceOf[g.first()] || g.first() <= m.first) {
        continue;
      }
      int floor = after ? head : m.first - 1;
      int k = g.first() - 1;
      while (k > floor && SKIP.contains(doc.key(k))) {
        k--;
      }
      int end = k + 1;
      k = after ? k : doc.numbers.stream().filter(n -> n.end() == end).mapToInt(n -> n.first() - 1).findFirst().orElse(k);
      final int at = k;
      if (AIMED.contains(doc.key(at)) && !blamedOn(doc, at) || after && doc.numbers.stream().anyMatch(n -> n.end() == at + 1)
          || doc.cues.stream().anyMatch(c -> c.endToken() == at + 1 && c.value().isTrigger()) || sufferedBy(doc, g)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Alam Bankat, a former Block Development Council (BDC) member", "the office of the Awami
   * League's candidate", "the adviser to the president of the Southern Transitional Council": a
   * group that says whom a person or a building belongs to, in a sentence that claims and blames
   * nothing, is no author of the violence.
   */
  private static boolean affiliation(Doc doc, NamedMention<Group> g) {
    int after = doc.key(g.end()).equals("(") && doc.key(g.end() + 2).equals(")") ? g.end() + 3 : g.end();
    int before = g.first() - 1;
    while (before > 0 && APPOSITIVE.contains(doc.key(before))) {
      before--;
    }
    boolean appositive = before < g.first() - 1 && doc.key(before).equals(",") && ROLES.contains(doc.key(after));
    boolean possessive = doc.key(after).equals("'") && doc.key(after + 1).equals("s") && doc.key(g.first() - 1).equals("the")
        && OWNED_AFTER.contains(doc.key(g.first() - 2));
    boolean office = doc.key(g.first() - 1).equals("the") && doc.key(g.first() - 2).equals("of")
        && OFFICES.contains(doc.key(g.first() - 3));
    // the words first: most groups are in none of these phrases, and then the claim is not looked up
    return (appositive || possessive || office) && ClaimCues.in(doc, doc.sentenceOf[g.first()]) == null;
  }

  /** Words between the comma of an appositive and the group that describes the person. */
  private static final Set<String> APPOSITIVE = WordSet.of("a", "an", "the", "former", "senior", "local", "retired", "ex");

  /** Words before "the X's ..." that make it what was attacked or belonged to someone: "the office of the X's candidate". */
  private static final Set<String> OWNED_AFTER = WordSet.of("of", "at", "on", "targeting", "attacked", "into", "near");

  /** Offices of a person whose organisation is named after "of the". */
  private static final Set<String> OFFICES = WordSet.of("president", "chairman", "chairperson", "secretary", "adviser",
      "advisor", "official", "officials", "employee", "employees", "candidate", "councillor", "councilor");

  /** What a person of a group is, after its name in an appositive: "a former BDC member". */
  private static final Set<String> ROLES = WordSet.of("member", "members", "chairman", "chairperson", "president",
      "candidate", "official", "officials", "employee", "employees", "councillor", "councilor", "secretary", "adviser",
      "advisor", "leader", "commander", "activist", "supporter", "worker", "lawmaker", "legislator", "representative");

  /** "One PMF member was killed", "two Taliban fighters were wounded": the group's people suffered. */
  private static boolean sufferedBy(Doc doc, NamedMention<Group> g) {
    int k = g.end();
    if (!SKIP.contains(doc.key(k)) || doc.key(k).equals("of")) {
      return false;
    }
    k++;
    return (doc.key(k).equals("was") || doc.key(k).equals("were")) && CasualtyWords.verbAt(doc, k + 1);
  }

  /** "blamed the bombing on al-Shabaab": the "on" of blame, which names the author. */
  private static boolean blamedOn(Doc doc, int on) {
    if (!doc.key(on).equals("on")) {
      return false;
    }
    for (int i = Math.max(0, on - 5); i < on; i++) {
      if (BLAME.contains(doc.key(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> BLAME = WordSet.of("blamed", "blame", "blames", "blaming", "pinned", "pin", "pinning");

  /**
   * Words inside a noun phrase of people before its head or before the "of" that names them: "killed three suspected
   * al-Shabaab", "a senior commander", "attacked members of the Popular Mobilization Forces".
   */
  static final Set<String> SKIP = WordSet.of("the", "a", "an", "suspected", "alleged", "presumed", "armed",
      "some", "several", "other", "of", "more", "than", "at", "least", "senior", "top", "former", "prominent",
      "notorious", "wanted", "key", "local", "members", "member", "fighters", "fighter", "elements", "positions",
      "position", "units", "unit", "convoy", "leader", "leaders", "commander", "commanders", "hideout", "hideouts",
      "camp", "camps", "base", "bases");
  private static final Set<String> AIMED = WordSet.of("on", "against", "targeting", "targeted", "killing", "killed",
      "wounding", "wounded", "hitting", "hit", "struck", "pounded", "bombed", "shelled", "attacked", "ambushed", "raided");
}
