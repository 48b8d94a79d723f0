package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Bombs aimed at one person of note are assassinations in the GTD's sense (issue 14, attack-type
 * round lead2), each class with sentences of our own: a grenade at an officer's home, a bomb at
 * the house of a person named with a particle ("al-"), a blast that killed one elder. The owner's
 * name after "the house of" is no place.
 */
class AssassinationTargetsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 9);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void a_grenade_thrown_at_a_colonels_or_a_generals_home_is_an_assassination() {
    assertThat(first("Gunmen hurled a grenade at the home of a lieutenant colonel in Mosul, Iraq, on Monday. "
        + "Nobody was hurt.").type()).isEqualTo(IncidentType.ASSASSINATION);
    assertThat(first("Attackers threw a hand grenade at the residence of a brigadier general in Basra, Iraq, on "
        + "Monday. The house was damaged.").type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_bomb_at_the_general_publics_market_stays_a_bombing() {
    assertThat(first("A bomb exploded at the market of the general public in Mosul, Iraq, on Monday, wounding "
        + "four shoppers.").type()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void a_bomb_at_the_house_of_a_man_named_with_a_particle_is_an_assassination_in_his_town() {
    Incident i = first("A bomb exploded outside the house of Abdul Karim al-Jubouri in Kut, Wasit, Iraq, on "
        + "Monday. The house was damaged.");
    assertThat(i.type()).isEqualTo(IncidentType.ASSASSINATION);
    assertThat(i.location().name()).isEqualTo("Al Kūt");
  }

  @Test
  void the_owner_named_after_the_house_of_is_not_kept_as_a_place() {
    Incident i = first("Attackers threw a sound bomb at the house of Jaafar Hilali in Kut, Wasit, Iraq, on "
        + "Monday. Hilali, the city's water director, was not hurt.");
    assertThat(i.location().name()).isEqualTo("Al Kūt");
  }

  @Test
  void one_tribal_elder_killed_by_a_bomb_was_its_target() {
    assertThat(first("A remote-controlled bomb went off in Parachinar, Pakistan, on Monday. One tribal elder was "
        + "killed in the explosion.").type()).isEqualTo(IncidentType.ASSASSINATION);
  }

  @Test
  void a_bomb_that_killed_shoppers_stays_a_bombing() {
    assertThat(first("A bomb went off near a crowded market in Kabul, Afghanistan, on Monday, killing four "
        + "shoppers.").type()).isEqualTo(IncidentType.BOMBING);
  }
}
