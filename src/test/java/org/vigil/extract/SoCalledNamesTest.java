package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** "So-called" only hedges the name after it: the people described are the cell, not a "called" cell. */
class SoCalledNamesTest {

  private static List<String> individuals(String text) {
    return Engines.bundled().extract(Report.of("test", text, LocalDate.of(1990, 3, 2))).incidents().stream()
        .flatMap(i -> i.perpetrators().stream()).map(Perpetrator::individuals).filter(Objects::nonNull).toList();
  }

  @Test
  void a_so_called_cell_written_in_capitals_is_described_without_the_hedge() {
    assertThat(individuals("BOGOTA, 1 MAR 90 -- [TEXT] THE SO-CALLED SIMON BOLIVAR CELL OF THE ELN PLANTED THE BOMB"
        + " THAT DESTROYED A PIPELINE NEAR ARAUCA YESTERDAY."))
        .isNotEmpty().allMatch(p -> !p.startsWith("CALLED") && !p.startsWith("SO-CALLED"));
  }

  @Test
  void a_so_called_cell_in_mixed_case_is_described_without_the_hedge() {
    assertThat(individuals("Bogota, 1 March 1990 -- The so-called Simon Bolivar Cell of the ELN planted the bomb"
        + " that destroyed a pipeline near Arauca yesterday."))
        .isNotEmpty().allMatch(p -> !p.toLowerCase().startsWith("called") && !p.toLowerCase().startsWith("so-called"));
  }
}
