package org.vigil.extract;

import java.util.List;

/**
 * The people a perpetrator group's name describes: "Al-Shabaab fighters stormed a hotel" names
 * the attackers twice, and "fighters" is no one they harmed. Stateless.
 */
final class GroupPeople {

  private GroupPeople() {}

  /**
   * Whether the phrase at tokens {@code [first, end)} is a perpetrator group's people: it comes
   * right after the name of a group that the rules or the model made a perpetrator of the incident.
   * The same words after another group ("an air strike killed 20 Al-Shabaab fighters") are victims.
   */
  static boolean ofPerpetrator(Doc doc, Incident rules, List<RoleScorer.Chosen> chosen, int first, int end) {
    if (end - first > 2) {
      return false;
    }
    for (NamedMention<org.vigil.registry.Group> g : doc.groups) {
      if (g.entry() != null && g.end() == first && perpetrator(rules, chosen, g.name())) {
        return true;
      }
    }
    return false;
  }

  private static boolean perpetrator(Incident rules, List<RoleScorer.Chosen> chosen, String name) {
    return rules.perpetrators().stream().anyMatch(p -> name.equals(p.group()))
        || chosen.stream().anyMatch(c -> c.label() == RoleLabel.PERPETRATOR
            && c.candidate().kind() == RoleCandidate.Kind.GROUP && name.equals(c.candidate().label()));
  }
}
