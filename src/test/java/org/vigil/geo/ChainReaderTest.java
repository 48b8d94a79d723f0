package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Admin chains written out in the text, and names kept as written inside their container. */
class ChainReaderTest {

  private static final GazetteerGeocoder geocoder = Geocoders.BUNDLED;

  private static ResolvedPlace first(String text) {
    return Geocoders.first(text);
  }

  @Test
  void a_village_no_gazetteer_holds_is_kept_as_written_with_its_districts_coordinates() {
    ResolvedPlace p = first("Assailants attacked Saghev village in Gwer West, Benue, Nigeria.");
    assertThat(p.name()).isEqualTo("Saghev");
    assertThat(p.kept()).isTrue();
    assertThat(p.resolved()).isEqualTo("Gwer West");
    assertThat(p.admin1()).isEqualTo("Benue");
    assertThat(p.countryCode()).isEqualTo("NG");
    assertThat(p.precision()).isEqualTo(Precision.DISTRICT);
  }

  @Test
  void a_name_whose_namesakes_all_lie_elsewhere_is_kept_inside_the_province_written_after_it() {
    ResolvedPlace p = first("Gunmen attacked a police post in Riyadh, Kirkuk, Iraq.");
    assertThat(p.countryCode()).isEqualTo("IQ");
    assertThat(p.admin1()).isEqualTo("Kirkuk");
  }

  @Test
  void a_district_keeps_its_unit_word_and_lies_in_the_province_not_the_town_of_that_name() {
    List<ResolvedPlace> places = geocoder.resolve(
        "A bomb exploded in Bagrami district, Kabul, Afghanistan.", GeoContext.none());
    assertThat(places).extracting(ResolvedPlace::name).startsWith("Bagrami district");
    assertThat(places.get(1).precision()).isEqualTo(Precision.PROVINCE);
  }

  @Test
  void a_police_district_is_a_quarter_of_the_city_written_after_it_not_a_district_of_its_province() {
    for (String text : List.of("A bomb hit a police vehicle in the 15th Police District, Kabul, Afghanistan.",
        "Gunmen shot a soldier in Fifth Police District, Kabul city, Kabul, Afghanistan.")) {
      List<ResolvedPlace> places = geocoder.resolve(text, GeoContext.none());
      assertThat(places).as(text).anySatisfy(p -> {
        assertThat(p.name()).isEqualTo("Kabul");
        assertThat(p.precision()).isEqualTo(Precision.CITY);
      });
    }
  }

  @Test
  void hyphens_and_inner_articles_belong_to_the_kept_name() {
    assertThat(first("An explosive device detonated in Beir al-Abd, North Sinai, Egypt.").name())
        .isEqualTo("Beir al-Abd");
    assertThat(first("Assailants attacked civilians in Qalay-i-Zal district, Kunduz, Afghanistan.").name())
        .isEqualTo("Qalay-i-Zal district");
  }

  @Test
  void an_organisation_or_a_person_before_a_chain_is_not_kept_as_a_place() {
    assertThat(geocoder.resolve("Assailants attacked the Libale Construction Company in Kaduna, Nigeria.",
        GeoContext.none())).extracting(ResolvedPlace::name).doesNotContain("Libale Construction Company");
    assertThat(geocoder.resolve("Police said Mr. Ahmed Mirza, Kabul, had fled.", GeoContext.none()))
        .noneMatch(ResolvedPlace::kept);
  }

  @Test
  void a_village_before_a_town_and_its_province_lies_in_that_province_not_in_a_namesakes() {
    ResolvedPlace p = first("Rebels shot two farmers in Santa Isabel, Arauquita, Arauca, Colombia.");
    assertThat(p.name()).isEqualTo("Santa Isabel");
    assertThat(p.admin1()).isEqualTo("Arauca");
    ResolvedPlace q = first("Gunmen killed a teacher in San Rafael, Inza, Cauca, Colombia, on Monday.");
    assertThat(q.name()).isEqualTo("San Rafael");
    assertThat(q.admin1()).isEqualTo("Cauca");
  }

  @Test
  void a_place_whose_name_begins_like_a_persons_is_still_kept_inside_the_province_after_it() {
    ResolvedPlace p = first("Gunmen ambushed a militia patrol in Ahmad Abad, Herat, Afghanistan.");
    assertThat(p.name()).isEqualTo("Ahmad Abad");
    assertThat(p.admin1()).isEqualTo("Herat");
  }

  @Test
  void a_name_is_never_kept_across_a_comma() {
    assertThat(first("Assailants attacked Kibanda, Malambo, North Kivu, Democratic Republic of the Congo.").name())
        .isEqualTo("Kibanda");
  }

  @Test
  void a_large_namesake_abroad_does_not_outweigh_the_province_written_after_the_name() {
    ResolvedPlace p = first("Soldiers burned forty houses in Kyauk Ku village, Kani township, Sagaing, on Monday.");
    assertThat(p.countryCode()).isEqualTo("MM");
    assertThat(p.admin1()).isEqualTo("Sagaing");
  }

  @Test
  void a_province_whose_name_opens_with_a_direction_is_found_without_its_country() {
    assertThat(first("Rebels shelled villages in North Kivu on Monday.").admin1()).isEqualTo("North Kivu");
    assertThat(first("Fighting spread across Upper Nile overnight.").countryCode()).isEqualTo("SS");
    assertThat(first("Troops were sent to Lower Shabelle after the raid.").countryCode()).isEqualTo("SO");
    assertThat(geocoder.resolve("Clashes were reported in the Eastern Region on Monday.", GeoContext.none())).isEmpty();
  }

  @Test
  void a_month_after_a_place_is_a_date_not_a_namesake_town() {
    assertThat(geocoder.resolve("PARIS (Example Wire) - The group also attacked a stadium near Brussels in May.",
        GeoContext.none())).extracting(ResolvedPlace::name).doesNotContain("May-en-Multien");
  }

  @Test
  void a_town_in_a_list_of_towns_is_not_put_inside_the_next_one() {
    assertThat(geocoder.resolve("Fighting was reported in Kabul, Kandahar and Herat.", GeoContext.none()))
        .noneMatch(ResolvedPlace::kept);
  }

  @Test
  void a_namesake_abroad_that_nothing_supports_gives_way_to_the_datelines_country() {
    ResolvedPlace palma = geocoder.resolve("PEMBA, Mozambique (Example Wire) - Insurgents attacked Palma on "
        + "Saturday, residents said.", GeoContext.none()).stream()
        .filter(p -> p.name().equals("Palma")).findFirst().orElseThrow();
    assertThat(palma.countryCode()).isEqualTo("MZ");
    assertThat(palma.resolved()).isEqualTo("Mozambique");
  }

  @Test
  void a_dateline_with_its_country_in_lower_case_still_lends_that_country() {
    ResolvedPlace palma = geocoder.resolve("PEMBA, Mozambique - Insurgents attacked Palma on Saturday, residents said.",
        GeoContext.none()).stream().filter(p -> p.name().equals("Palma")).findFirst().orElseThrow();
    assertThat(palma.countryCode()).isEqualTo("MZ");
  }

  @Test
  void a_world_city_recalled_in_a_report_from_elsewhere_stays_abroad() {
    ResolvedPlace boston = geocoder.resolve("BISHKEK, Kyrgyzstan (Example Wire) - Police arrested three men on "
        + "Tuesday. One of them had praised the Boston Marathon bombing of 2013.", GeoContext.none()).stream()
        .filter(p -> p.name().equals("Boston")).findFirst().orElseThrow();
    assertThat(boston.countryCode()).isEqualTo("US");
    assertThat(boston.resolved()).isNull();
  }

  @Test
  void a_province_named_by_a_direction_or_spelled_otherwise_holds_the_link_before_it() {
    ResolvedPlace council = first("A rocket hit a barn in Eshkol regional council, Southern, Israel, on Sunday.");
    assertThat(council.countryCode()).isEqualTo("IL");
    assertThat(council.admin1()).isEqualTo("Southern");
    ResolvedPlace village = first("Gunmen killed two farmers in Kukal Dash, Jawzjan, Afghanistan.");
    assertThat(village.name()).isEqualTo("Kukal Dash");
    assertThat(village.admin1()).isEqualTo("Jowzjan");
  }

  @Test
  void a_quarter_of_a_town_is_a_site_of_the_town() {
    ResolvedPlace p = first("A man stabbed two officers in the Schaerbeek district of Brussels yesterday.");
    assertThat(p.site()).isEqualTo("Schaerbeek district");
    assertThat(p.city()).isEqualTo("Brussels");
  }

  @Test
  void a_province_named_by_a_direction_still_joins_the_chain() {
    ResolvedPlace p = first("A farmer was shot dead near Qlayaa, South, Lebanon, on Tuesday.");
    assertThat(p.countryCode()).isEqualTo("LB");
    assertThat(p.admin1()).isEqualTo("South");
  }

  @Test
  void a_part_of_a_kept_name_that_is_a_district_of_another_province_does_not_stand_for_it() {
    ResolvedPlace p = first("Gunmen ambushed a patrol in Jaji Maydan district, Khost province, Afghanistan.");
    assertThat(p.name()).isEqualTo("Jaji Maydan district");
    assertThat(p.admin1()).as("not Jaji district of Paktia").isEqualTo("Khost");
  }

  @Test
  void a_namesake_of_a_town_abroad_in_a_country_and_its_province_written_with_a_possessive_is_kept_in_that_province() {
    ResolvedPlace p = first("Insurgents overran the town of Palma in northern Mozambique's Cabo Delgado province.");
    assertThat(p.countryCode()).isEqualTo("MZ");
    assertThat(p.admin1()).isEqualTo("Cabo Delgado");
  }

  @Test
  void a_name_in_the_side_of_a_country_is_kept_in_that_country_before_any_namesake_abroad() {
    assertThat(first("Insurgents overran the town of Palma in northern Mozambique.").countryCode()).isEqualTo("MZ");
  }

  @Test
  void a_town_no_gazetteer_holds_is_kept_in_the_country_written_after_a_direction() {
    ResolvedPlace p = first("Militants overran an army post in Tessit in eastern Mali on Sunday.");
    assertThat(p.name()).isEqualTo("Tessit");
    assertThat(p.kept()).isTrue();
    assertThat(p.countryCode()).isEqualTo("ML");
  }

  @Test
  void a_quarter_of_a_town_no_gazetteer_holds_names_that_town_as_its_city() {
    ResolvedPlace quarter = first("Gunmen fired on a patrol in Tal Saqr area, Mansuriya, Diyala, Iraq.");
    assertThat(quarter.name()).isEqualTo("Tal Saqr");
    assertThat(quarter.city()).isEqualTo("Mansuriya");
    assertThat(quarter.admin1()).isEqualTo("Diyala");
    ResolvedPlace hills = first("A bomb hit a patrol in Boro hills, Tamarkela, Jharkhand, India.");
    assertThat(hills.city()).isEqualTo("Tamarkela");
  }

  @Test
  void a_home_town_joined_by_a_hyphen_says_who_not_where() {
    List<ResolvedPlace> places = geocoder.resolve("A Lagos-based trader was shot in Kaduna, Nigeria.", GeoContext.none());
    assertThat(places).filteredOn(p -> p.name().equals("Lagos")).singleElement()
        .extracting(ResolvedPlace::relation).isEqualTo("demonym");
  }

  @Test
  void between_two_towns_no_gazetteer_holds_the_first_is_kept_not_both_as_one_name() {
    ResolvedPlace p = first("Gunmen ambushed a bus between Tinkoro and Wassabougou, Sahel, Burkina Faso.");
    assertThat(p.name()).isEqualTo("Tinkoro");
    assertThat(p.admin1()).isEqualTo("Sahel");
  }
}
