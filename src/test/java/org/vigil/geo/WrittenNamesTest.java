package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Place names read as news writes them: a known name inside a longer one, elided articles,
 * parts of a city after its possessive, a town after "on". */
class WrittenNamesTest {

  private static List<ResolvedPlace> places(String text) {
    return Geocoders.BUNDLED.resolve(text, GeoContext.none());
  }

  @Test
  void a_quarter_whose_name_ends_with_a_town_elsewhere_is_kept_whole_inside_the_town_written_after_it() {
    ResolvedPlace p = Geocoders.first("Two shopkeepers were shot dead in Qala-e-Kabul, Herat, on Sunday.");
    assertThat(p.name()).isEqualTo("Qala-e-Kabul");
    assertThat(p.kept()).isTrue();
    assertThat(p.resolved()).isEqualTo("Herāt");
    assertThat(p.countryCode()).isEqualTo("AF");
    ResolvedPlace q = Geocoders.first("A sticky bomb went off in Dasht-e-Barchi, Kabul, wounding four.");
    assertThat(q.name()).isEqualTo("Dasht-e-Barchi");
    assertThat(q.resolved()).isEqualTo("Kabul");
  }

  @Test
  void a_village_whose_name_ends_with_a_state_elsewhere_is_kept_inside_the_state_written_after_it() {
    ResolvedPlace p = Geocoders.first("Bandits raided Gidan Zamfara, Sokoto State, and took twelve villagers.");
    assertThat(p.name()).isEqualTo("Gidan Zamfara");
    assertThat(p.kept()).isTrue();
    assertThat(p.admin1()).isEqualTo("Sokoto");
    assertThat(places("Bandits raided Gidan Zamfara, Sokoto State, and took twelve villagers."))
        .extracting(ResolvedPlace::name).doesNotContain("Zamfara");
  }

  @Test
  void a_name_inside_its_container_and_a_list_of_peers_are_read_as_before() {
    assertThat(Geocoders.first("A bomb killed three traders in Kot Multan, Punjab.").name()).isEqualTo("Multan");
    assertThat(places("Floods cut roads across Yobe, Borno and Adamawa this week."))
        .extracting(ResolvedPlace::name).containsExactly("Yobe", "Borno", "Adamawa");
  }

  @Test
  void an_elided_article_inside_a_name_keeps_the_name_whole() {
    ResolvedPlace p = Geocoders.first("A gunman fired at a bar in Val-d'Or, Quebec, late on Friday.");
    assertThat(p.name()).isEqualTo("Val-d'Or");
    assertThat(p.admin1()).isEqualTo("Quebec");
    assertThat(Geocoders.first("Soldiers fired on protesters in Côte d’Ivoire on Tuesday.").countryCode()).isEqualTo("CI");
  }

  @Test
  void a_part_of_a_city_named_after_its_possessive_is_kept_inside_that_city() {
    List<ResolvedPlace> lyari = places("Gunmen shot two men in Karachi's Lyari neighbourhood on Monday.");
    assertThat(lyari).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Lyari");
      assertThat(p.city()).isEqualTo("Karachi");
      assertThat(p.kept()).isTrue();
    });
    assertThat(places("A car bomb exploded in Baghdad's Sadr City district at dawn."))
        .anySatisfy(p -> assertThat(p.name()).isEqualTo("Sadr City"));
  }

  @Test
  void an_office_named_after_a_citys_possessive_is_no_part_of_the_city() {
    assertThat(places("Kabul's police chief said a bomb went off near a school."))
        .noneMatch(ResolvedPlace::kept);
  }

  @Test
  void a_small_town_after_on_is_a_place_as_on_an_island() {
    assertThat(Geocoders.first("Police on Lampedusa said three migrants drowned overnight.").name()).isEqualTo("Lampedusa");
    assertThat(Geocoders.first("A soldier was shot on Jolo on Sunday.").countryCode()).isEqualTo("PH");
  }

  @Test
  void on_before_an_owner_or_the_head_of_a_longer_name_is_no_cue() {
    assertThat(places("Assailants opened fire on Tala wa Barfak district, Baghlan, Afghanistan."))
        .first().satisfies(p -> assertThat(p.name()).isEqualTo("Tala wa Barfak district"));
  }
}
