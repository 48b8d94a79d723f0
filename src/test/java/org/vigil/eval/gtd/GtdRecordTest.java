package org.vigil.eval.gtd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.eval.CsvRow;

class GtdRecordTest {

  @Test
  void the_summary_loses_its_date_prefix_and_an_unknown_day_is_the_first_of_the_month() {
    GtdRecord r = GtdRecord.of(new CsvRow(2, Map.of("eventid", "1", "iyear", "2017", "imonth", "3", "iday", "0",
        "city", "Unknown", "nkill", "", "summary", "03/00/2017: Gunmen attacked a bus."))).orElseThrow();
    assertThat(r.text()).isEqualTo("Gunmen attacked a bus.");
    assertThat(r.date()).isEqualTo(LocalDate.of(2017, 3, 1));
    assertThat(r.city()).as("'Unknown' is no city").isNull();
    assertThat(r.killed()).as("blank is not zero").isNull();
  }

  @Test
  void a_row_without_a_summary_gives_no_record() {
    assertThat(GtdRecord.of(new CsvRow(2, Map.of("eventid", "1")))).isEmpty();
  }
}
