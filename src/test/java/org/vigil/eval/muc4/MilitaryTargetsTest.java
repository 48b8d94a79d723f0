package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Incident;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;
import org.vigil.extract.Victim;

class MilitaryTargetsTest {

  private static Incident attack(IncidentType type, List<Target> targets, List<Victim> victims) {
    return incident(type, null, List.of(), targets, victims, List.of(), null);
  }

  @Test
  void rebels_ambushing_an_army_patrol_is_guerrilla_warfare_not_a_muc_incident() {
    Incident ambush = attack(IncidentType.ARMED_ASSAULT, List.of(new Target(TargetType.MILITARY, "ARMY PATROL")),
        List.of(new Victim("FOUR SOLDIERS", 4)));
    assertThat(MucTypes.type(ambush)).isEmpty();
  }

  @Test
  void an_attack_that_also_hit_civilians_or_their_property_stays_an_attack() {
    Incident withFarmer = attack(IncidentType.ARMED_ASSAULT, List.of(new Target(TargetType.POLICE, "POLICE POST")),
        List.of(new Victim("TWO POLICEMEN", 2), new Victim("A FARMER", 1)));
    Incident withBus = attack(IncidentType.ARMED_ASSAULT, List.of(new Target(TargetType.MILITARY, "ARMY TRUCK"),
        new Target(TargetType.TRANSPORTATION, "PASSENGER BUS")), List.of());
    Incident namedVictim = attack(IncidentType.ASSASSINATION, List.of(),
        List.of(new Victim("JUAN PEREZ", 1, true)));
    assertThat(MucTypes.type(withFarmer)).contains("ATTACK");
    assertThat(MucTypes.type(withBus)).contains("ATTACK");
    assertThat(MucTypes.type(namedVictim)).contains("ATTACK");
  }

  @Test
  void a_bombing_of_soldiers_and_an_attack_on_nothing_named_are_still_coded() {
    Incident bombing = attack(IncidentType.BOMBING, List.of(new Target(TargetType.MILITARY, "AIR BASE")),
        List.of(new Victim("SEVEN SOLDIERS", 7)));
    Incident unknown = attack(IncidentType.ARMED_ASSAULT, List.of(), List.of());
    assertThat(MucTypes.type(bombing)).contains("BOMBING");
    assertThat(MucTypes.type(unknown)).contains("ATTACK");
  }
}
