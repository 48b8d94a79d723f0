package org.vigil.eval.muc4;

import java.util.Locale;
import java.util.Set;
import org.vigil.extract.Incident;

/**
 * Whether violence the engine could give no kind ("the FMLN attacked ...", "terrorists killed
 * ...") is a MUC-4 ATTACK. The task definition (template-doc-part1, section 1.0, criterion 1, and
 * the note to slot 4) makes ATTACK the type of any terrorist act that fits no other category and
 * takes acts of illegal, subnational groups to be terrorism; criterion 7 excludes descriptions that
 * say neither what was attacked nor what the act was. So the incident counts when someone other
 * than a state force did it and its trigger words name an act ("attack", "killed", "raid"), not
 * only violence in general ("violence", "the offensive", "fighting"). Whether the targets were all
 * armed forces is {@link MilitaryTargets}' question, asked after this one. Stateless.
 */
final class UnnamedActs {

  /** Trigger words of violence in general, which say nothing of the act. */
  private static final Set<String> GENERAL = Set.of("violence", "violent", "offensive", "fighting", "fierce fighting",
      "heavy fighting", "operation", "unrest", "incident", "harassment", "mob", "fighting broke out",
      "fighting erupted", "battle", "battles");

  private UnnamedActs() {}

  /** True when a subnational actor did it and a trigger word names the act. */
  static boolean attack(Incident i) {
    return i.perpetrators().stream().anyMatch(p -> p.agency() == null)
        && i.evidence().stream().anyMatch(e -> e.field().equals("type")
            && !GENERAL.contains(e.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
  }
}
