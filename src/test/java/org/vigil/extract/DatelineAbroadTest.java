package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Wire stories filed from one city about violence in another (reports of our own): the dateline
 * says where the story was written, not where the incident happened.
 */
class DatelineAbroadTest {

  private static Location where(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("wire", text, LocalDate.of(2025, 3, 14))).incidents();
    assertThat(incidents).hasSize(1);
    return incidents.get(0).location();
  }

  @Test
  void a_capital_in_capitals_before_a_dash_is_a_dateline_and_the_town_struck_is_the_place() {
    Location l = where("KYIV - A Russian drone hit an apartment block in Zaporizhzhia overnight, killing three "
        + "people, the regional governor said.");
    assertThat(l.city()).startsWith("Zaporizhzh");
  }

  @Test
  void a_story_filed_from_washington_about_an_attack_abroad_is_placed_abroad() {
    Location l = where("WASHINGTON (AP) - Two Americans were among nine people killed when gunmen stormed a "
        + "guesthouse in Ouagadougou, Burkina Faso's capital, on Friday, the State Department said.");
    assertThat(l.countryCode()).isEqualTo("BF");
  }

  @Test
  void a_dateline_of_the_same_country_still_gives_way_to_the_town_named() {
    Location l = where("NAIROBI, March 14 (Wire) - Militants attacked a police camp in Mandera on Friday, "
        + "killing two officers.");
    assertThat(l.countryCode()).isEqualTo("KE");
    assertThat(l.city()).isEqualTo("Mandera");
  }
}
