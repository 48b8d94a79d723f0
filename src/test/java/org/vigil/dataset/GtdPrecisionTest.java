package org.vigil.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The GTD codebook's specificity says what a record's coordinates stand for. */
class GtdPrecisionTest {

  @Test
  void coordinates_of_an_areas_centre_are_no_town_precision() {
    assertThat(Gtd.precision("1", "city")).isEqualTo("city");
    assertThat(Gtd.precision("2", "city")).isEqualTo("district");
    assertThat(Gtd.precision("3", "city")).isEqualTo("district");
    assertThat(Gtd.precision("4", "city")).isEqualTo("province");
    assertThat(Gtd.precision("5", "province")).isEqualTo("country");
  }

  @Test
  void without_the_column_the_named_places_decide() {
    assertThat(Gtd.precision(null, "city")).isEqualTo("city");
    assertThat(Gtd.precision("", "province")).isEqualTo("province");
    assertThat(Gtd.precision("4", "country")).as("no province named: still the country").isEqualTo("country");
  }
}
