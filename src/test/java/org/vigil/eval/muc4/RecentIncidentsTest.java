package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Fixtures.incident;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.extract.DatePrecision;
import org.vigil.extract.Incident;
import org.vigil.extract.IncidentDate;
import org.vigil.extract.IncidentType;

class RecentIncidentsTest {

  private static final LocalDate MESSAGE = LocalDate.of(1990, 3, 20);

  private static Incident recalled(IncidentDate date) {
    return incident(IncidentType.ASSASSINATION).recalled().withDate(date, List.of());
  }

  @Test
  void the_news_of_the_message_counts() {
    Incident news = incident(IncidentType.BOMBING);
    assertThat(RecentIncidents.of(List.of(news), MESSAGE)).containsExactly(news);
  }

  @Test
  void a_murder_recalled_with_a_date_five_weeks_back_is_still_recent() {
    Incident murder = recalled(IncidentDate.of(LocalDate.of(1990, 2, 12), DatePrecision.DAY, "12 FEBRUARY"));
    assertThat(RecentIncidents.of(List.of(murder), MESSAGE)).containsExactly(murder);
  }

  @Test
  void a_murder_recalled_from_last_year_is_not() {
    Incident old = recalled(IncidentDate.of(LocalDate.of(1989, 11, 16), DatePrecision.DAY, "16 NOVEMBER"));
    assertThat(RecentIncidents.of(List.of(old), MESSAGE)).isEmpty();
  }

  @Test
  void a_recollection_dated_only_by_the_dateline_is_not() {
    Incident undated = recalled(IncidentDate.of(MESSAGE, DatePrecision.DAY, null));
    assertThat(RecentIncidents.of(List.of(undated), MESSAGE)).isEmpty();
    assertThat(RecentIncidents.of(List.of(incident(IncidentType.BOMBING).recalled()), MESSAGE)).isEmpty();
  }
}
