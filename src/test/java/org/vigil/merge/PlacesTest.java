package org.vigil.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Place names as merging compares them: one town however a report or a dataset spells it. */
class PlacesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static boolean same(String a, String b) {
    return Places.sameName(Places.key(a), Places.key(b));
  }

  @Test
  void spellings_of_one_town_or_province_are_one_name() {
    assertThat(same("Afgoye", "Afgooye")).isTrue();
    assertThat(same("Ar-Raqqah", "Raqqah")).isTrue();
    assertThat(same("Hamah", "Hama")).isTrue();
    assertThat(same("Qarabagh district", "Qarabagh")).isTrue();
    assertThat(same("Uruzgān", "Oruzgan")).isTrue();
    assertThat(same("Maidan Wardak", "Wardak")).isTrue();
  }

  @Test
  void different_towns_and_short_look_alikes_are_not_one_name() {
    assertThat(same("Tchombangou", "Zaroumdareye")).isFalse();
    assertThat(same("Kano", "Kani")).isFalse();
    assertThat(same("Timbuktu", "Tombouctou")).as("a spelling too far apart is left to the distance").isFalse();
    assertThat(same("", "Kabul")).isFalse();
    assertThat(same("Zira I", "Zira II")).as("numbered villages of one name").isFalse();
    assertThat(same("Camp 15", "Camp 16")).isFalse();
    assertThat(same("Zira", "Zira I")).isFalse();
    assertThat(same("Zira II", "Zira-II")).isTrue();
  }

  @Test
  void a_province_level_place_names_no_town_and_an_unknown_city_is_no_name() throws IOException {
    assertThat(Places.towns(JSON.readTree("{\"name\":\"Kabul\",\"city\":null,\"admin1\":\"Kabul\","
        + "\"country\":\"Afghanistan\",\"precision\":\"province\"}"))).isEmpty();
    assertThat(Places.towns(JSON.readTree("{\"name\":\"Tchombangou\",\"city\":null,\"admin1\":\"Tillabéri\","
        + "\"country\":\"Niger\",\"precision\":\"province\",\"resolved\":\"Tillabéri\"}"))).containsExactly("tchombangou");
    assertThat(Places.towns(JSON.readTree("{\"name\":\"Unknown\",\"city\":\"Unknown\",\"admin1\":\"Yobe\","
        + "\"precision\":\"city\"}"))).isEmpty();
  }

  @Test
  void a_village_kept_as_written_stands_in_the_town_it_was_found_in() throws IOException {
    String kept = Places.container(JSON.readTree("{\"name\":\"Hayatabad\",\"resolved\":\"Peshawar\"}"));
    assertThat(Places.keptInTown(kept, Set.of(Places.key("Peshawar")))).isTrue();
    assertThat(Places.keptInTown(kept, Set.of(Places.key("Kohat")))).isFalse();
    assertThat(Places.container(JSON.readTree("{\"name\":\"Peshawar\",\"resolved\":null}"))).isNull();
  }

  @Test
  void a_place_kept_as_written_that_joins_two_towns_names_both() throws IOException {
    var towns = Places.towns(JSON.readTree("{\"name\":\"Koutougou and Tin-Akoff\",\"city\":null,\"admin1\":"
        + "\"Sahel\",\"country\":\"Burkina Faso\",\"precision\":\"province\",\"resolved\":\"Sahel\"}"));
    assertThat(towns).containsExactlyInAnyOrder("koutougou", "tinakoff");
    assertThat(Places.sameTown(towns, Set.of(Places.key("Koutougou")))).isTrue();
  }

  @Test
  void a_site_names_the_town_it_stands_in_not_a_town_of_its_own_name() throws IOException {
    var towns = Places.towns(JSON.readTree("{\"name\":\"Barsalogho army base\",\"site\":\"Barsalogho army base\","
        + "\"city\":\"Kaya\",\"admin1\":\"Centre-Nord\",\"country\":\"Burkina Faso\",\"precision\":\"site\"}"));
    assertThat(towns).containsExactly("kaya");
  }
}
