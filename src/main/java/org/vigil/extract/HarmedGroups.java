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

  /** "One PMF member was killed", "two Taliban fighters were wounded": the group's people suffered. */
  private static boolean sufferedBy(Doc doc, NamedMention<Group> g) {
    int k = g.end();
    if (!SKIP.contains(doc.key(k)) || doc.key(k).equals("of")) {
      return false;
    }
    k++;
    return (doc.key(k).equals("was") || doc.key(k).equals("were")) && CasualtyWords.verb(doc.key(k + 1));
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
