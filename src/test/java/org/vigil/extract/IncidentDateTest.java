package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The first and last day an incident's date stands for, at each precision it may be known to. */
class IncidentDateTest {

  @Test
  void a_day_starts_and_ends_on_itself() {
    IncidentDate d = IncidentDate.of(LocalDate.of(2024, 1, 3), DatePrecision.DAY, "on Wednesday");
    assertThat(d.start()).isEqualTo(LocalDate.of(2024, 1, 3));
    assertThat(d.end()).isEqualTo(LocalDate.of(2024, 1, 3));
  }

  @Test
  void a_weekend_runs_from_its_saturday_to_its_sunday() {
    IncidentDate d = IncidentDate.range(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10), "the weekend bombing");
    assertThat(d.start()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(d.end()).isEqualTo(LocalDate.of(2024, 3, 10));
  }

  @Test
  void a_month_and_a_year_run_from_their_first_day_to_their_last() {
    IncidentDate february = IncidentDate.of(LocalDate.of(2024, 2, 1), DatePrecision.MONTH, "in February");
    assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(february.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    IncidentDate year = IncidentDate.of(LocalDate.of(1989, 1, 1), DatePrecision.YEAR, "in 1989");
    assertThat(year.start()).isEqualTo(LocalDate.of(1989, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(1989, 12, 31));
  }

  @Test
  void a_day_that_does_not_exist_is_refused_with_what_was_written() {
    IncidentDate d = new IncidentDate("2023-02-30", DatePrecision.DAY, null);
    assertThatThrownBy(d::start).isInstanceOf(DateTimeParseException.class).hasMessageContaining("2023-02-30");
  }

  @Test
  void a_day_not_written_in_ten_characters_is_still_read() {
    IncidentDate d = new IncidentDate("+10000-01-01", DatePrecision.DAY, null);
    assertThat(d.start()).isEqualTo(LocalDate.of(10000, 1, 1));
  }
}
