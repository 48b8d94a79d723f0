package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The people a group's name describes are its attackers, or its dead when others attacked them; a
 * group named only as active in the area is neither.
 */
class GroupPeopleTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 3);

  @Test
  void a_groups_fighters_who_stormed_a_hotel_are_not_its_victims() {
    Incident i = Engines.first("MOGADISHU, June 3 (Wire) - Al-Shabaab fighters stormed a hotel in central Mogadishu "
        + "late on Friday, killing at least nine people, police said.", PUBLISHED);
    assertThat(i.perpetrators()).extracting(Perpetrator::group).contains("Al-Shabaab");
    assertThat(i.victims()).extracting(Victim::text).doesNotContain("fighters").contains("at least nine people");
  }

  @Test
  void a_groups_fighters_killed_by_an_air_strike_are_its_victims() {
    Incident i = Engines.first("MOGADISHU, June 3 (Wire) - A US air strike killed 20 Al-Shabaab fighters near "
        + "Jilib on Friday, the US military said.", PUBLISHED);
    assertThat(i.victims()).extracting(Victim::text).anyMatch(v -> v.contains("fighters"));
  }

  @Test
  void a_group_said_to_be_active_in_the_area_is_not_the_attacker() {
    Incident i = Engines.first("PESHAWAR, June 3 (Wire) - A roadside bomb struck a police van in North Waziristan on "
        + "Sunday, killing four policemen, officials said. No group claimed the attack, but the Pakistani Taliban "
        + "are active in the area.", PUBLISHED);
    assertThat(i.perpetrators()).isEmpty();
  }

  @Test
  void a_group_that_claimed_the_attack_is_the_attacker_though_it_is_also_said_to_be_active_there() {
    Incident i = Engines.first("PESHAWAR, June 3 (Wire) - A roadside bomb struck a police van in North Waziristan on "
        + "Sunday, killing four policemen. The Pakistani Taliban, who are active in the area, claimed the attack.",
        PUBLISHED);
    assertThat(i.perpetrators()).extracting(Perpetrator::group).contains("Tehrik-i-Taliban Pakistan");
  }
}
