package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A group named by the adjective of its name and a word for its fighters ("Houthi forces") is
 * that group, not a state's forces of no country (issue 14, wire news).
 */
class GroupAdjectivesTest {

  @Test
  void houthi_forces_who_fired_a_missile_are_the_houthis_not_a_force_of_no_country() {
    Incident i = Engines.first("Houthi forces fired a ballistic missile at a camp for displaced families in Marib, "
        + "Yemen, on Sunday, killing three civilians.", LocalDate.of(2024, 3, 9));

    assertThat(i.perpetrators()).extracting(Perpetrator::group).containsExactly("Houthis");
    assertThat(i.perpetrators()).allSatisfy(p -> assertThat(p.agency()).isNull());
  }
}
