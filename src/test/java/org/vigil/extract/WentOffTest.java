package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An attack whose device went off was carried out, even if another device was intercepted or
 * defused, or the device went off before reaching what it was meant for. A device made safe
 * ("safely detonated", "defused before it exploded") stays foiled, and so does one whose bomber was
 * stopped "before he could detonate" it.
 */
class WentOffTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12);

  @Test
  void a_bomb_that_detonated_while_being_defused_went_off() {
    Incident i = Engines.first("A bomb left near the market in Baidoa, Somalia, detonated as it was being defused. "
        + "No one was hurt.", PUBLISHED);
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED);
  }

  @Test
  void one_bomber_of_two_intercepted_who_detonated_his_vest_carried_the_attack_out() {
    Incident i = Engines.first("Soldiers intercepted two suicide bombers at a checkpoint in Jalalabad, Nangarhar, "
        + "Afghanistan. One of the bombers detonated his vest, killing himself, while the other was arrested.",
        PUBLISHED);
    assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED);
  }

  @Test
  void a_drone_that_struck_after_two_others_were_intercepted_was_an_attack_carried_out() {
    Incident i = Engines.first("Rebels launched three drones at the airport in Jizan, Saudi Arabia. Two drones were "
        + "intercepted, but the third drone struck a hangar. No casualties were reported.", PUBLISHED);
    assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED);
  }

  @Test
  void a_car_bomb_meant_for_a_base_that_exploded_on_the_way_went_off() {
    Incident i = Engines.first("A car bomb intended to target an army base exploded prematurely near Kismayo, "
        + "Somalia, killing the two bombers.", PUBLISHED);
    assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED);
  }

  @Test
  void a_bomb_defused_before_it_exploded_stays_foiled() {
    Incident i = Engines.first("Police defused a bomb planted outside a church in Kaduna, Nigeria, before it "
        + "exploded.", PUBLISHED);
    assertThat(i.status()).isEqualTo(Status.FOILED);
  }

  @Test
  void a_drone_intercepted_before_it_struck_stays_foiled() {
    Incident i = Engines.first("Saudi air defences intercepted an explosives-laden drone launched by the Houthis at "
        + "the airport in Jizan, Saudi Arabia. No casualties were reported.", PUBLISHED);
    assertThat(i.status()).isEqualTo(Status.FOILED);
  }

  @Test
  void a_bombing_an_arrest_stopped_before_the_bomber_could_detonate_was_foiled() {
    var bombing = Engines.incidents("Police arrested a man before he could detonate an explosive device at the bus "
        + "station in Silchar, Assam, India.", PUBLISHED).stream().filter(i -> i.type() == IncidentType.BOMBING)
        .toList();
    assertThat(bombing).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(Status.FOILED));
  }
}
