package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CuratedAliasesTest {

  private static final Gazetteer BUNDLED = Gazetteer.loadDefault();

  private static Overlay read(String lines) throws IOException {
    Overlay overlay = new Overlay();
    CuratedAliases.read(new BufferedReader(new StringReader(lines)), BUNDLED, overlay, false);
    return overlay;
  }

  @Test
  void an_alias_of_a_name_that_a_province_and_a_city_share_names_both() throws IOException {
    int[] ids = read("alias\tKotabato\tPH\tCotabato\n").names.get("kotabato");
    assertThat(Arrays.stream(ids).mapToObj(BUNDLED::kind)).contains(PlaceKind.PLACE, PlaceKind.ADMIN2);
  }

  @Test
  void an_alias_whose_target_ends_in_a_unit_word_names_the_area_alone() throws IOException {
    int[] ids = read("alias\tNorth Cotabato\tPH\tCotabato province\n").names.get("north cotabato");
    assertThat(ids).hasSize(1);
    assertThat(BUNDLED.kind(ids[0])).isEqualTo(PlaceKind.ADMIN2);
    assertThat(BUNDLED.name(ids[0])).as("not the independent city's area").isEqualTo("Cotabato");
  }

  @Test
  void a_unit_word_target_with_no_such_area_is_an_error_naming_the_line_and_the_target() {
    assertThatThrownBy(() -> read("# a town, no area\nalias\tKidapawan Town\tPH\tKidapawan province\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2").hasMessageContaining("Kidapawan province").hasMessageContaining("PH");
  }
}
