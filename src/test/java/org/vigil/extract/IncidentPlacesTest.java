package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** Where the engine puts each incident of a short report. */
class IncidentPlacesTest {

  private static List<Incident> incidents(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(2024, 4, 20))).incidents();
  }

  @Test
  void a_nationality_word_of_the_victims_is_not_where_the_incident_happened() {
    List<Incident> found = incidents("Gunmen stormed a road builder's yard in Kaduna, Nigeria, on Monday. "
        + "Two guards were killed and four Chinese engineers were abducted in the raid.");
    assertThat(found).isNotEmpty().allSatisfy(i -> assertThat(i.location().countryCode()).isEqualTo("NG"));
  }

  @Test
  void a_nationality_word_of_the_attacker_does_not_outvote_the_country_named() {
    List<Incident> found = incidents("A man stabbed a shopkeeper near Beersheba, Southern District, Israel. "
        + "Police said the attacker was a Palestinian from Hebron.");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).location().countryCode()).isEqualTo("IL");
  }
}
