package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Words of purpose ("used machetes to attack", "sent a drone to target") do not make a plan of an
 * attack that killed or wounded its victims: it was carried out. A plot that harmed nobody stays one.
 */
class PurposeWordsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);

  @Test
  void attackers_who_used_machetes_to_attack_villagers_and_killed_eight_carried_the_attack_out() {
    Incident i = Engines.first("Gunmen used machetes to attack villagers in Mbau, Beni territory, North Kivu, "
        + "Democratic Republic of the Congo. Eight villagers were killed in the attack.", PUBLISHED);
    assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED);
  }

  @Test
  void a_plan_to_bomb_a_church_that_harmed_nobody_is_still_a_plan() {
    Incident i = Engines.first("Two men planned to bomb a church in Mombasa, Kenya, police said on Tuesday. "
        + "Nobody was hurt.", PUBLISHED);
    assertThat(i.status()).isNotEqualTo(Status.ACCOMPLISHED);
  }
}
