package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A group named by the adjective of its name and a word for its fighters ("Houthi fighters") is
 * that group (issue 14, wire news).
 */
class GroupAdjectivesTest {

  @Test
  void houthi_fighters_who_fired_a_missile_are_the_houthis() {
    Incident i = Engines.first("Houthi fighters fired a ballistic missile at a camp for displaced families in Marib, "
        + "Yemen, on Sunday, killing three civilians.", LocalDate.of(2024, 3, 9));

    assertThat(i.perpetrators()).extracting(Perpetrator::group).containsExactly("Houthis");
    assertThat(i.perpetrators()).allSatisfy(p -> assertThat(p.agency()).isNull());
  }

  @Test
  void a_groups_forces_that_attacked_are_the_group() {
    LocalDate day = LocalDate.of(2024, 3, 9);
    Incident post = Engines.first("Taliban forces attacked a police post in Kunduz, Afghanistan, on Sunday, killing "
        + "four policemen.", day);
    assertThat(post.type()).isEqualTo(IncidentType.ARMED_ASSAULT);
    assertThat(post.perpetrators()).extracting(Perpetrator::group).containsExactly("Taliban");
  }
}
