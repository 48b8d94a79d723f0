package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A place that names whose office a victim holds ("the Maywand district police chief", "the Taiz
 * governor's aide") is not where the attack happened when the report names another place; alone,
 * it still places the attack.
 */
class OfficePlacesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12);

  @Test
  void a_district_police_chief_shot_in_a_village_was_shot_in_the_village() {
    Incident i = Engines.first("Gunmen shot dead the Maywand district police chief in Loy Qarya Wala, Kandahar, "
        + "Afghanistan.", PUBLISHED);
    assertThat(i.location().name()).isEqualTo("Loy Qarya Wala");
  }

  @Test
  void a_governors_aide_kidnapped_in_another_city_was_kidnapped_there() {
    Incident i = Engines.first("Gunmen kidnapped the Taiz governor's aide in Aden, Yemen.", PUBLISHED);
    assertThat(i.location().name()).isEqualTo("Aden");
  }

  @Test
  void a_police_chief_killed_where_nothing_else_is_named_is_placed_at_his_town() {
    Incident i = Engines.first("The Herat police chief was killed by a roadside bomb on Monday.", PUBLISHED);
    assertThat(i.location().name()).startsWith("Her");
  }
}
