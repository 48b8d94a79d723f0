package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People accused, charged or arrested for an attack are its perpetrators (MUC-4 codes them so):
 * before, the words charging them were read as an arrest alone, or not at all, and the attack they
 * were charged with had no one who did it. The arrest stays an arrest.
 */
class AccusedPeopleTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 3, 10);

  /** The perpetrators of the acts, not of the arrests. */
  private static List<String> perpetrators(List<Incident> incidents) {
    return Engines.perpetratorWords(incidents.stream().filter(i -> i.type() != IncidentType.ARREST).toList());
  }

  @Test
  void an_officer_accused_of_masterminding_a_massacre_is_its_perpetrator_not_its_victim() {
    List<Incident> all = Engines.incidents("SAN SALVADOR, 10 MAR 90 -- [TEXT] COLONEL JUAN PEREZ WAS ACCUSED OF "
        + "MASTERMINDING THE MASSACRE OF 9 PEASANTS IN TENANCINGO ON 2 MARCH.", PUBLISHED);
    assertThat(perpetrators(all)).containsExactly("COLONEL JUAN PEREZ");
  }

  @Test
  void each_of_the_people_implicated_in_an_assassination_is_a_perpetrator_and_their_army_its_force() {
    List<Incident> all = Engines.incidents("Santa Ana, 4 March 1990 -- The president implicated three officers, "
        + "including one major, and four members of the army in the assassination of two union leaders on 1 March "
        + "in Santa Ana.", PUBLISHED);
    assertThat(perpetrators(all)).contains("three officers", "one major", "four members of the army");
    assertThat(all).flatExtracting(Incident::perpetrators).anyMatch(p -> p.agency() != null);
  }

  @Test
  void the_killing_soldiers_were_arrested_for_is_an_attack_beside_the_arrest() {
    List<Incident> all = Engines.incidents("Usulutan, 9 March 1990 -- The police confirmed the arrest of "
        + "12 soldiers and 3 officers for killing four teachers and their driver on 2 March near Usulutan. The "
        + "soldiers were armed with rifles.", PUBLISHED);
    assertThat(all).extracting(Incident::type).contains(IncidentType.ARREST);
    assertThat(perpetrators(all)).contains("12 soldiers", "3 officers");
  }

  @Test
  void people_who_only_speak_of_a_murder_are_not_its_perpetrators() {
    List<Incident> all = Engines.incidents("Santa Ana, 4 March 1990 -- Two lawyers spoke with reporters of the "
        + "murder of three union leaders on 1 March in Santa Ana.", PUBLISHED);
    assertThat(perpetrators(all)).doesNotContain("Two lawyers", "reporters");
  }

  @Test
  void suspected_attackers_who_killed_people_are_the_perpetrators_not_the_people_they_killed() {
    List<Incident> all = Engines.incidents("Suspected insurgents killed 14 herders in an attack on a camp near "
        + "Djibo on Sunday.", PUBLISHED);
    assertThat(perpetrators(all)).containsExactly("Suspected insurgents");
  }
}
