package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Issue 14, wire-style reports: a raid that is how a kidnapping was done is no second incident,
 * the vehicles the attackers rode are not targets, and a named neighbourhood after "in" is where
 * the attack happened, not what it hit. Reports of our own.
 */
class RaidsRidersAndPlacesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static List<Incident> incidents(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
  }

  private static List<String> targets(String text) {
    List<Incident> found = incidents(text);
    assertThat(found).isNotEmpty();
    return found.get(0).targets().stream().map(Target::text).toList();
  }

  @Test
  void a_kidnapping_done_in_a_raid_on_a_village_is_one_kidnapping() {
    List<Incident> found = incidents("ABUJA, March 9 (Wire) - Armed men abducted 40 villagers, among them women and "
        + "elderly farmers, in a raid on Gidan Maga village in Zamfara state, a local official said.");
    assertThat(found).extracting(Incident::type).containsExactly(IncidentType.KIDNAPPING);
  }

  @Test
  void a_raid_told_apart_from_a_kidnapping_is_still_its_own_incident() {
    List<Incident> found = incidents("ABUJA, March 9 (Wire) - Armed men abducted 40 villagers in Zamfara state on "
        + "Friday and, in a separate raid two days later, burned a church in Katsina state, officials said.");
    assertThat(found).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void the_motorbikes_the_gunmen_rode_are_no_target() {
    assertThat(targets("NIAMEY, Feb 2 - Masked gunmen on motorbikes killed 11 herders near the village of Tamou in "
        + "Niger's Tillaberi region, a local official said on Sunday."))
        .contains("herders").noneMatch(t -> t.contains("motorbike"));
  }

  @Test
  void the_trucks_militants_rode_in_are_no_target() {
    assertThat(targets("MAIDUGURI, Nigeria, Feb 2 - Militants in pickup trucks shot dead nine farmers near Dikwa "
        + "in Borno state, residents said on Monday.")).noneMatch(t -> t.contains("truck"));
  }

  @Test
  void a_named_neighbourhood_where_a_bomb_went_off_is_no_target() {
    assertThat(targets("BAGHDAD, March 3 (Wire) - A bomb went off in Al-Jadida neighbourhood on Tuesday, killing "
        + "three people, police said.")).noneMatch(t -> t.contains("neighbourhood"));
  }

  @Test
  void the_motorbikes_attackers_arrived_on_and_the_village_they_struck_in_are_no_targets() {
    assertThat(targets("OUAGADOUGOU, May 4 - Attackers who arrived on motorbikes killed 17 worshippers in the village "
        + "of Tansila in western Burkina Faso, a security source said."))
        .contains("worshippers").noneMatch(t -> t.contains("motorbike") || t.equals("village"));
  }
}
