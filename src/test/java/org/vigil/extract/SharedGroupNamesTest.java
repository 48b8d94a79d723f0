package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** A name two groups of different countries go by is read as the group of the country the report is about. */
class SharedGroupNamesTest {

  private static List<String> groups(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, LocalDate.of(2024, 3, 4)))
        .incidents();
    assertThat(incidents).hasSize(1);
    return incidents.get(0).perpetrators().stream().map(Perpetrator::group).filter(Objects::nonNull).toList();
  }

  @Test
  void maoists_in_an_indian_state_are_the_communist_party_of_india_not_the_nepali_party() {
    assertThat(groups("Gunmen shot dead a village headman near Konta, Sukma district, Chhattisgarh, India, on "
        + "Sunday. Police said the killing was the work of Maoists."))
        .containsExactly("Communist Party of India (Maoist)");
  }

  @Test
  void maoists_in_nepal_stay_the_nepali_party() {
    assertThat(groups("A bomb planted by Maoists exploded outside a ward office in Rolpa district, Nepal, on "
        + "Sunday, wounding two guards."))
        .containsExactly("Communist Party of Nepal (Maoist)");
  }
}
