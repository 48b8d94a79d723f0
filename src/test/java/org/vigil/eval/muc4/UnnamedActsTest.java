package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.extract.AgencyRef;
import org.vigil.extract.Casualties;
import org.vigil.extract.Claim;
import org.vigil.extract.Evidence;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Status;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;

class UnnamedActsTest {

  /** Violence of no known kind by {@code perp}, told by the trigger word {@code trigger}, against {@code target}. */
  private static Incident violence(Perpetrator perp, String trigger, Target target) {
    return new Incident(IncidentType.OTHER_VIOLENCE, Status.ACCOMPLISHED, false, null, null, List.of(perp),
        Claim.UNKNOWN, List.of(), List.of(target), List.of(), List.of(), new Casualties(null, null, null, null, null),
        0.8, List.of(new Evidence("type", 10, 10 + trigger.length(), trigger, 10, 10 + trigger.length())));
  }

  private static final Perpetrator REBELS = new Perpetrator("Farabundo Marti National Liberation Front", "THE FMLN",
      null, null);
  private static final Target MAYOR = new Target(TargetType.GOVERNMENT, "THE MAYOR'S OFFICE");

  @Test
  void rebels_who_attacked_a_town_hall_committed_a_muc_attack() {
    assertThat(MucTypes.type(violence(REBELS, "ATTACKED", MAYOR))).contains("ATTACK");
    assertThat(MucTypes.type(violence(new Perpetrator(null, "UNIDENTIFIED GUNMEN", "UNIDENTIFIED GUNMEN", null),
        "KILLED", new Target(TargetType.BUSINESS, "A COFFEE FARM")))).contains("ATTACK");
  }

  @Test
  void violence_in_general_or_by_a_state_force_is_no_muc_incident() {
    assertThat(MucTypes.type(violence(REBELS, "VIOLENCE", MAYOR))).isEmpty();
    assertThat(MucTypes.type(violence(REBELS, "offensive", MAYOR))).isEmpty();
    assertThat(MucTypes.type(violence(Perpetrator.force(new AgencyRef("Salvadoran Army", "THE ARMY", "SV")),
        "ATTACKED", MAYOR))).isEmpty();
  }

  @Test
  void rebels_who_attacked_only_soldiers_fought_a_guerrilla_war() {
    assertThat(MucTypes.type(violence(REBELS, "ATTACKED", new Target(TargetType.MILITARY, "AN ARMY POST")))).isEmpty();
  }
}
