package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IncidentLocationTest {

  private static GazetteerGeocoder geocoder;

  @BeforeAll
  static void load() {
    geocoder = new GazetteerGeocoder(Gazetteer.loadDefault());
  }

  private static ResolvedPlace primary(String text) {
    List<ResolvedPlace> places = geocoder.resolve(text, GeoContext.none());
    return IncidentLocation.primary(text, places).orElseThrow();
  }

  @Test
  void the_dateline_gives_way_to_the_place_of_the_attack() {
    ResolvedPlace p = primary("BAGHDAD, Iraq (Reuters) -- A car bomb exploded near a police "
        + "checkpoint in Kirkuk on Sunday, killing five people.");
    assertThat(p.name()).isEqualTo("Kirkuk");
  }

  @Test
  void the_dateline_is_the_place_when_the_lead_names_no_other() {
    ResolvedPlace p = primary("SAN SALVADOR, 3 JAN 90 -- TERRORISTS ATTACKED THE RESIDENCE OF A "
        + "JUDGE LAST NIGHT. NO ONE WAS HURT.");
    assertThat(p.name()).isEqualTo("San Salvador");
    assertThat(p.precision()).isEqualTo(Precision.CITY);
  }

  @Test
  void the_most_specific_place_of_the_incident_sentence_wins() {
    ResolvedPlace p = primary("Gunmen attacked a village in Daquq district, Kirkuk, Iraq.");
    assertThat(p.precision()).isEqualTo(Precision.DISTRICT);
    assertThat(p.admin1()).isEqualTo("Kirkuk");
  }

  @Test
  void a_foreign_country_named_in_passing_does_not_become_the_incident_location() {
    ResolvedPlace p = primary("BOGOTA, 25 AUG 89 (AFP) -- THE EXTRADITABLES THREATENED TO KILL 10 "
        + "JUDGES FOR EVERY COLOMBIAN EXTRADITED TO THE UNITED STATES.");
    assertThat(p.countryCode()).isEqualTo("CO");
  }

  @Test
  void a_demonym_is_used_only_when_no_place_is_named() {
    ResolvedPlace p = primary("Nigerian troops repelled an attack by insurgents on Sunday.");
    assertThat(p.countryCode()).isEqualTo("NG");
    assertThat(p.relation()).isEqualTo("demonym");
  }

  @Test
  void no_places_give_no_location() {
    assertThat(IncidentLocation.primary("Nothing here.", List.of())).isEmpty();
  }
}
