package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A day written in a report after the report's own day is not when an event it tells of as done
 * happened: "the hostages were released on May 30" in a report of May 12 tells of a later act (or
 * of a mistake), so the kidnapping keeps the report's day. A threat's day may lie ahead.
 */
class LaterDaysTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12);

  @Test
  void a_kidnapping_whose_hostages_were_freed_weeks_later_keeps_the_day_of_the_report() {
    Incident i = Engines.first("Gunmen kidnapped five teachers in Gwoza, Borno, Nigeria. The hostages were "
        + "released on May 30, 2024. No group claimed responsibility.", PUBLISHED);
    assertThat(i.type()).isEqualTo(IncidentType.KIDNAPPING);
    assertThat(i.date().start()).isEqualTo(PUBLISHED);
  }

  @Test
  void a_day_before_the_report_still_dates_the_event() {
    Incident i = Engines.first("Gunmen kidnapped five teachers in Gwoza, Borno, Nigeria, on May 9, 2024. No group "
        + "claimed responsibility.", PUBLISHED);
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 5, 9));
  }

  @Test
  void a_threat_may_name_a_day_ahead() {
    Incident i = Engines.first("The Mombasa cell threatened to bomb the ferry terminal in Mombasa, Kenya, on "
        + "June 20, 2024, police said.", PUBLISHED);
    assertThat(i.status()).isEqualTo(Status.THREATENED);
    assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 6, 20));
  }
}
