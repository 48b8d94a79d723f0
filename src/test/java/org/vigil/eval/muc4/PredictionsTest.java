package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.eval.GoldEntity;
import org.vigil.extract.AgencyRef;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentType;
import org.vigil.extract.Perpetrator;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;
import org.vigil.extract.Victim;

/**
 * How the engine's incidents become MUC-4 role strings: victims by description or name as the keys
 * write them, a group named both in full and by its acronym by the acronym, and a state force's people
 * as individuals.
 */
class PredictionsTest {

  private static List<List<String>> organisations(Perpetrator... perps) {
    return Predictions.of(List.of(incident(IncidentType.BOMBING, null, List.of(perps),
        List.of(new Target(TargetType.UTILITIES, "POWER PYLON")), List.of(), List.of(), null)))
        .get(Role.PERP_ORGANIZATION);
  }

  @Test
  void a_counted_victim_is_scored_by_its_description_and_a_titled_one_by_its_name() {
    Map<Role, List<List<String>>> p = Predictions.of(List.of(incident(IncidentType.ARMED_ASSAULT, null, List.of(),
        List.of(), List.of(new Victim("THREE PEASANTS", 3), new Victim("MSGR OSCAR ROMERO", 1, true)), List.of(), 4)));

    assertThat(p.get(Role.HUMAN_TARGET_DESCRIPTION)).contains(List.of("PEASANTS"));
    assertThat(p.get(Role.HUMAN_TARGET)).containsExactly(List.of("OSCAR ROMERO"));
  }

  @Test
  void the_forms_a_trainer_labels_victims_by_are_those_the_scorer_writes() {
    assertThat(Predictions.victimForms("THREE PEASANTS")).contains("PEASANTS");
    assertThat(Predictions.victimForms("MSGR OSCAR ROMERO")).contains("OSCAR ROMERO");
    assertThat(Predictions.victimForms("THREE PEASANTS").stream().anyMatch(GoldEntity.of("PEASANTS")::matches))
        .as("the key describes the victims without their count").isTrue();
    assertThat(Predictions.victimForms("GUNMEN")).containsExactly("GUNMEN");
  }

  @Test
  void a_group_named_in_full_then_by_acronym_is_reported_by_the_acronym() {
    assertThat(organisations(new Perpetrator("Popular Liberation Army", "POPULAR LIBERATION ARMY", null, null),
        new Perpetrator("Popular Liberation Army", "EPL", null, null)))
        .containsExactly(List.of("EPL"));
  }

  @Test
  void a_group_named_only_in_words_keeps_its_first_mention() {
    assertThat(organisations(new Perpetrator("Popular Liberation Army", "POPULAR LIBERATION ARMY", null, null),
        new Perpetrator("Popular Liberation Army", "LIBERATION ARMY", null, null)))
        .containsExactly(List.of("POPULAR LIBERATION ARMY"));
  }

  private static Map<Role, List<List<String>>> roles(Perpetrator... perps) {
    return Predictions.of(List.of(incident(IncidentType.ARMED_ASSAULT, null, List.of(perps), List.of(), List.of(),
        List.of(), null)));
  }

  @Test
  void a_force_named_by_its_people_is_scored_as_individuals_and_its_body_as_the_organisation() {
    Map<Role, List<List<String>>> p = roles(Perpetrator.force(new AgencyRef("army", "PERUVIAN ARMY SOLDIERS", null)));

    assertThat(p.get(Role.PERP_INDIVIDUAL)).containsExactly(List.of("PERUVIAN ARMY SOLDIERS"));
    assertThat(p.get(Role.PERP_ORGANIZATION)).containsExactly(List.of("PERUVIAN ARMY"));
  }

  @Test
  void people_of_a_force_named_alone_are_individuals_of_no_organisation() {
    Map<Role, List<List<String>>> p = roles(Perpetrator.force(new AgencyRef("policemen", "POLICEMEN", null)));

    assertThat(p.get(Role.PERP_INDIVIDUAL)).containsExactly(List.of("POLICEMEN"));
    assertThat(p.get(Role.PERP_ORGANIZATION)).isEmpty();
  }

  @Test
  void a_force_named_as_a_body_stays_an_organisation() {
    Map<Role, List<List<String>>> p = roles(Perpetrator.force(new AgencyRef("armed forces", "ARMED FORCES", null)));

    assertThat(p.get(Role.PERP_INDIVIDUAL)).isEmpty();
    assertThat(p.get(Role.PERP_ORGANIZATION)).containsExactly(List.of("ARMED FORCES"));
  }

  @Test
  void a_group_the_text_follows_with_its_acronym_in_brackets_is_reported_by_the_acronym() {
    List<Incident> one = List.of(incident(IncidentType.BOMBING, null,
        List.of(new Perpetrator("Popular Liberation Army", "POPULAR LIBERATION\nARMY", null, null)),
        List.of(new Target(TargetType.UTILITIES, "POWER PYLON")), List.of(), List.of(), null));

    assertThat(Predictions.of(one, "THE POPULAR LIBERATION\nARMY'S [EPL] MEN BLEW UP A PYLON.").get(Role.PERP_ORGANIZATION))
        .containsExactly(List.of("EPL"));
    assertThat(Predictions.of(one, "THE POPULAR LIBERATION ARMY BLEW UP A PYLON.").get(Role.PERP_ORGANIZATION))
        .containsExactly(List.of("POPULAR LIBERATION\nARMY"));
  }

  @Test
  void a_group_read_from_words_for_its_fighters_is_scored_by_those_words_as_individuals() {
    Map<Role, List<List<String>>> p = roles(new Perpetrator("Popular Liberation Army", "COLOMBIAN REBELS", null, null));

    assertThat(p.get(Role.PERP_INDIVIDUAL)).containsExactly(List.of("COLOMBIAN REBELS"));
    assertThat(p.get(Role.PERP_ORGANIZATION)).isEmpty();
  }
}
