package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeocoderTest {

  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = new GazetteerGeocoder(Gazetteer.loadDefault());
  }

  private static List<ResolvedPlace> resolve(String text) {
    return geocoder.resolve(text, GeoContext.none());
  }

  private static ResolvedPlace only(String text, String mention) {
    return resolve(text).stream().filter(p -> p.span().of(text).contains(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no place for '" + mention + "' in " + resolve(text)));
  }

  @Test
  void kerman_is_the_iranian_city_when_the_story_is_about_iran() {
    String text = "Iranian officials said a bomb exploded in Kerman during a memorial ceremony.";
    ResolvedPlace p = only(text, "Kerman");
    assertThat(p.countryCode()).isEqualTo("IR");
    assertThat(p.precision()).isEqualTo(Precision.CITY);
  }

  @Test
  void kerman_is_in_california_when_the_text_says_so() {
    ResolvedPlace p = only("A shooting was reported in Kerman, California, on Sunday.", "Kerman");
    assertThat(p.countryCode()).isEqualTo("US");
    assertThat(p.admin1()).isEqualTo("California");
  }

  @Test
  void short_month_and_day_names_in_dates_are_not_airport_codes_of_american_towns() {
    List<ResolvedPlace> all = resolve("KANO, Jan 22 (Savanna Wire) - Gunmen raided a village on Dec 3 and again on Sat. "
        + "Oct. 4 in Kano state.");
    assertThat(all).extracting(ResolvedPlace::countryCode).containsOnly("NG");
  }

  @Test
  void a_surname_after_an_office_and_a_given_name_is_the_persons_everywhere_in_the_text() {
    String text = "BOSTON (Example Wire) - Under questioning by defense attorney Edward Hayden, the agent said the "
        + "man had gone to a police station in Quincy during the hunt for suspected bomber Dzhokhar Tsarnaev. Hayden "
        + "said his client had helped investigators.";
    assertThat(resolve(text)).extracting(p -> p.span().of(text)).doesNotContain("Hayden", "Dzhokhar")
        .contains("Quincy");
    assertThat(only("A judge in Kabul was shot dead on Monday.", "Kabul").countryCode()).isEqualTo("AF");
  }

  @Test
  void a_name_after_a_word_of_office_such_as_village_head_is_a_person() {
    String text = "Gunmen abducted village head Musa Bello in Radda, Katsina, Nigeria, on Sunday.";
    assertThat(resolve(text)).extracting(p -> p.span().of(text)).doesNotContain("Musa Bello").contains("Radda");
  }

  @Test
  void qum_is_resolved_to_qom() {
    ResolvedPlace p = only("Protesters gathered in Qum on Friday.", "Qum");
    assertThat(p.name()).isEqualTo("Qom");
    assertThat(p.countryCode()).isEqualTo("IR");
  }

  @Test
  void kiev_is_resolved_to_kyiv() {
    ResolvedPlace p = only("Missiles struck Kiev overnight.", "Kiev");
    assertThat(p.name()).isEqualTo("Kyiv");
    assertThat(p.countryCode()).isEqualTo("UA");
    assertThat(p.precision()).isEqualTo(Precision.CITY);
  }

  @Test
  void an_admin_chain_gives_district_province_and_country() {
    String text = "Gunmen attacked a village in Daquq district, Kirkuk, Iraq, killing four.";
    List<ResolvedPlace> places = resolve(text);
    ResolvedPlace daquq = only(text, "Daquq");
    assertThat(daquq.precision()).isEqualTo(Precision.DISTRICT);
    assertThat(daquq.admin1()).isEqualTo("Kirkuk");
    assertThat(daquq.countryCode()).isEqualTo("IQ");
    assertThat(only(text, "Kirkuk").precision()).isEqualTo(Precision.PROVINCE);
    assertThat(only(text, "Iraq").precision()).isEqualTo(Precision.COUNTRY);
    assertThat(places).hasSize(3);
  }

  @Test
  void near_moscow_keeps_the_relation_and_the_anchor() {
    String text = "Gunmen opened fire in a concert hall near Moscow.";
    ResolvedPlace p = only(text, "Moscow");
    assertThat(p.relation()).isEqualTo("near");
    assertThat(p.span().of(text)).isEqualTo("near Moscow");
    assertThat(p.countryCode()).isEqualTo("RU");
  }

  @Test
  void a_distance_and_direction_are_kept_as_relation_and_offset() {
    String text = "A roadside bomb exploded 30 km north of Kabul on Tuesday.";
    ResolvedPlace p = only(text, "Kabul");
    assertThat(p.relation()).isEqualTo("north_of");
    assertThat(p.offsetKm()).isEqualTo(30.0);
    assertThat(p.span().of(text)).isEqualTo("30 km north of Kabul");
    assertThat(p.name()).isEqualTo("Kabul");
  }

  @Test
  void outside_peshawar_is_an_outside_relation() {
    String text = "A suicide bomber struck a police post outside Peshawar.";
    ResolvedPlace p = only(text, "Peshawar");
    assertThat(p.relation()).isEqualTo("outside");
    assertThat(p.countryCode()).isEqualTo("PK");
  }

  @Test
  void a_named_site_is_attached_to_its_city() {
    String text = "Two men were stabbed at the Hazrat Masumeh shrine in Qom.";
    ResolvedPlace site = resolve(text).stream().filter(p -> p.precision() == Precision.SITE)
        .findFirst().orElseThrow();
    assertThat(site.site()).isEqualTo("Hazrat Masumeh shrine");
    assertThat(site.city()).isEqualTo("Qom");
    assertThat(site.countryCode()).isEqualTo("IR");
  }

  @Test
  void a_site_lies_in_the_city_described_after_it_not_in_the_datelines() {
    String text = "KABUL (Example Wire) - A gunman opened fire at the gate of a Sufi shrine in the western city of "
        + "Herat on Friday, officials said.";
    ResolvedPlace site = resolve(text).stream().filter(p -> p.site() != null).findFirst().orElseThrow();
    assertThat(site.site()).isEqualTo("Sufi shrine");
    assertThat(site.city()).startsWith("Her");
  }

  @Test
  void whom_a_shrine_is_named_for_is_part_of_its_name_not_a_town() {
    String text = "Two men were arrested trying to enter the shrine of Fatima Masumeh in Qom.";
    ResolvedPlace site = resolve(text).stream().filter(p -> p.site() != null).findFirst().orElseThrow();
    assertThat(site.site()).isEqualTo("shrine of Fatima Masumeh");
    assertThat(site.city()).isEqualTo("Qom");
    assertThat(resolve(text)).noneMatch(p -> "Fatima Masumeh".equals(p.city()));
  }

  @Test
  void a_town_in_a_streets_name_is_its_namesake_not_where_it_is() {
    String text = "A car bomb exploded on Haifa Street in Baghdad during the morning rush.";
    ResolvedPlace site = resolve(text).stream().filter(p -> p.site() != null).findFirst().orElseThrow();
    assertThat(site.site()).isEqualTo("Haifa Street");
    assertThat(site.city()).isEqualTo("Baghdad");
    assertThat(resolve(text)).allMatch(p -> "IQ".equals(p.countryCode()));
  }

  @Test
  void the_towns_that_name_a_route_are_not_where_an_incident_on_it_happened() {
    for (String text : List.of(
        "Gunmen abducted travellers on the Abuja-Kaduna-Zaria expressway in Niger State, Nigeria.",
        "Bandits stopped cars along the Ilorin-Oyo Ile Road, Kwara, Nigeria, on Sunday.",
        "Saboteurs bombed the Rayes Limon-Tumaco oil pipeline in Narino, Colombia.",
        "Insurgents ambushed a convoy on the Kano/Zaria highway in Kaduna State, Nigeria.")) {
      assertThat(resolve(text)).as(text).extracting(ResolvedPlace::name)
          .doesNotContain("Abuja", "Zaria", "Ilorin", "Oyo", "Tumaco", "Kano").isNotEmpty();
    }
    assertThat(only("A bomb exploded on a road in Kano, Nigeria.", "Kano").precision()).isEqualTo(Precision.CITY);
  }

  @Test
  void a_street_placed_only_in_a_province_is_left_to_the_province() {
    String text = "Arsonists burned a delivery van on Lesnaya Street in Kharkiv Oblast, Ukraine.";
    assertThat(resolve(text)).noneMatch(p -> p.site() != null);
  }

  @Test
  void a_country_that_backs_or_leads_an_actor_is_not_a_place_of_the_report() {
    String text = "A bomb was defused on a road near Hilla, Iraq; officials blamed an Iran-backed militia.";
    assertThat(only(text, "Iran").relation()).isEqualTo("demonym");
    assertThat(only(text, "Iraq").precision()).isEqualTo(Precision.COUNTRY);
  }

  @Test
  void an_airport_code_is_no_name_of_its_town() {
    String text = "Gunmen shot two guards at a spa in Atlanta, Georgia, United States.";
    assertThat(only(text, "Atlanta").city()).isEqualTo("Atlanta");
    assertThat(Gazetteer.loadDefault().lookup("SPA")).noneMatch(e -> e.name().equals("Spartanburg"));
  }

  @Test
  void a_checkpoint_of_named_forces_is_not_named_for_them() {
    String text = "A car bomb exploded at a checkpoint of Kurdish-led forces on the edge of Al Hassakah.";
    assertThat(resolve(text)).noneMatch(p -> p.site() != null && p.site().contains("Kurdish"));
  }

  @Test
  void a_demonym_gives_a_country() {
    ResolvedPlace p = only("Nigerian troops repelled the attack.", "Nigerian");
    assertThat(p.countryCode()).isEqualTo("NG");
    assertThat(p.precision()).isEqualTo(Precision.COUNTRY);
    assertThat(p.relation()).isEqualTo("demonym");
  }

  @Test
  void all_caps_text_is_geocoded() {
    String text = "SAN SALVADOR, 3 JAN 90 -- ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED BY TERRORISTS IN "
        + "SAN MIGUEL DEPARTMENT. THE POLICE SAID THE KIDNAPPING TOOK PLACE IN APOPA.";
    List<ResolvedPlace> places = resolve(text);
    assertThat(places).extracting(ResolvedPlace::countryCode).containsOnly("SV");
    assertThat(only(text, "SAN MIGUEL").precision()).isEqualTo(Precision.PROVINCE);
    assertThat(only(text, "APOPA").precision()).isEqualTo(Precision.CITY);
  }

  @ParameterizedTest(name = "{0} is {1} in {2}")
  @CsvSource({
      "Qum, Qom, IR", "Kiev, Kyiv, UA", "Al-Mawsil, Mosul, IQ", "Muqdisho, Mogadishu, SO",
      "Qandahar, Kandahār, AF", "Peshawar, Peshawar, PK", "Maiduguri, Maiduguri, NG",
      "Ciudad Juarez, Ciudad Juárez, MX", "Juárez, Ciudad Juárez, MX", "Falluja, Al Fallūjah, IQ",
      "Basra, Basrah, IQ", "Kharkov, Kharkiv, UA", "Sanaa, Sanaa, YE", "Bombay, Mumbai, IN"})
  void news_spellings_reach_the_gazetteer_entry(String spelling, String name, String cc) {
    String text = "A bomb exploded in " + spelling + " on Monday, killing three people.";
    ResolvedPlace p = only(text, spelling);
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.countryCode()).isEqualTo(cc);
  }

  @Test
  void a_name_of_two_words_spelt_another_way_is_found_by_its_skeleton() {
    for (String text : new String[] {"A bomb exploded in Sydi Bouzzid, Tunisia, today.",
        "A BOMB EXPLODED IN SYDI BOUZZID, TUNISIA, TODAY."}) {
      ResolvedPlace p = only(text, text.contains("Sydi") ? "Sydi Bouzzid" : "SYDI BOUZZID");
      assertThat(p.name()).isEqualTo("Sidi Bouzid");
      assertThat(p.countryCode()).isEqualTo("TN");
    }
  }

  @Test
  void the_same_text_resolves_the_same_way_from_many_threads() throws Exception {
    String text = "Gunmen attacked a village in Daquq district, Kirkuk, Iraq, and a bomb exploded "
        + "30 km north of Kabul near the Hazrat Masumeh shrine in Qum.";
    List<ResolvedPlace> expected = resolve(text);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<ResolvedPlace>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> resolve(text)));
      }
      for (var f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "A bomb exploded outside a mosque in Tripoli, northern Lebanon. | Tripoli | LB",
      "Rockets hit the airport in the Libyan capital Tripoli. | Tripoli | LY",
      "A grenade hit a police van in Hyderabad, Sindh province. | Hyderabad | PK",
      "Two bombs exploded at a market in Hyderabad, India. | Hyderabad | IN",
      "Gunmen killed a judge in San José, the Costa Rican capital. | San José | CR",
      "Police said a shooting occurred in San Jose, California. | San Jose | US"})
  void the_same_name_resolves_by_the_country_the_text_points_to(String text, String mention,
      String cc) {
    assertThat(only(text, mention).countryCode()).isEqualTo(cc);
  }

  @Test
  void the_source_country_decides_when_the_text_does_not() {
    String text = "Police responded to a shooting in Kerman on Sunday.";
    assertThat(geocoder.resolve(text, new GeoContext("US"))).first()
        .extracting(ResolvedPlace::countryCode).isEqualTo("US");
    assertThat(geocoder.resolve(text, new GeoContext("IR"))).first()
        .extracting(ResolvedPlace::countryCode).isEqualTo("IR");
  }

  @Test
  void a_given_name_before_a_surname_and_a_name_before_a_middle_initial_are_people() {
    assertThat(resolve("Police detained Mari Luz Fernandez and her brother in Madrid on Monday."))
        .extracting(ResolvedPlace::countryCode).containsOnly("ES");
    assertThat(resolve("Special Agent Chester J. McBride died in the blast near Kabul."))
        .extracting(ResolvedPlace::countryCode).containsOnly("AF");
  }

  @Test
  void surnames_streets_and_generic_regions_are_not_places_far_away() {
    String text = "SAN SALVADOR, 3 JAN 90 -- COLONEL RENE EMILIO PONCE SAID CLASHES IN THE EASTERN "
        + "REGION LEFT TWO DEAD NEAR BOLIVAR SQUARE AND THE ESCALON NEIGHBORHOOD.";
    assertThat(resolve(text)).extracting(ResolvedPlace::countryCode).containsOnly("SV");
  }
}
