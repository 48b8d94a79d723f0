package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an incident's own date makes it a recollection. */
class RecencyTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 11);

  @Test
  void a_date_with_its_year_written_and_over_a_year_before_publication_is_old() {
    assertThat(Recency.old(new IncidentDate("2004-03-11", DatePrecision.DAY, "March 11, 2004"), PUBLISHED)).isTrue();
    assertThat(Recency.old(new IncidentDate("2017", DatePrecision.YEAR, "the 2017 bombing"), PUBLISHED)).isTrue();
  }

  @Test
  void a_recent_date_or_one_read_without_a_year_is_not() {
    assertThat(Recency.old(new IncidentDate("2024-03-09", DatePrecision.DAY, "March 9, 2024"), PUBLISHED)).isFalse();
    assertThat(Recency.old(new IncidentDate("2023-03-15", DatePrecision.DAY, "March 15"), PUBLISHED)).isFalse();
    assertThat(Recency.old(new IncidentDate("2004-03-11", DatePrecision.DAY, "March 11, 2004"), null)).isFalse();
  }

  @Test
  void an_anniversary_report_gives_the_attack_as_background() {
    Extraction x = Engines.bundled().extract(org.vigil.report.Report.of("anniversary",
        "Hundreds of people gathered at the station on Monday to remember the 52 people killed in the "
            + "bombings of July 7, 2005 in London.", LocalDate.of(2025, 7, 7)));
    assertThat(x.incidents()).isNotEmpty().allMatch(Incident::background);
  }

  @Test
  void shots_fired_repeatedly_are_how_an_attack_went_not_a_habit_of_old() {
    java.util.List<Incident> all = Engines.incidents("Two armed men shot repeatedly at the offices of a radio station "
        + "in Trujillo, Peru, on Sunday night.", PUBLISHED);
    assertThat(all).singleElement().satisfies(i -> assertThat(i.background()).isFalse());
  }
}
