package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * The Islamic State's provinces written "the X Province of the Islamic State", as many summaries
 * write them, are that province, not the parent group whose name ends the phrase.
 */
class ProvinceNamesTest {

  private static List<String> groups(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, LocalDate.of(2024, 4, 11))).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.get(0).perpetrators().stream().filter(p -> p.group() != null).map(Perpetrator::group).toList();
  }

  @Test
  void a_province_written_before_the_parent_is_the_province() {
    assertThat(groups("Gunmen killed five miners near Mach, Balochistan, Pakistan, on Tuesday. The Pakistan Province "
        + "of the Islamic State claimed responsibility.")).containsExactly("Islamic State Pakistan Province");
    assertThat(groups("Militants attacked an army post near Marawi, Philippines, on Tuesday. The East Asia Province of "
        + "the Islamic State claimed the attack.")).containsExactly("Islamic State East Asia Province");
  }
}
