package org.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which dates an undated report file is given: its dateline's, else its file name's, never an event's. */
class PublicationDatesTest {

  @Test
  void a_dateline_gives_its_date_in_the_common_forms() {
    assertThat(PublicationDates.dateline("KABUL, March 22, 2024 (Wire) - Gunmen attacked ..."))
        .contains(LocalDate.of(2024, 3, 22));
    assertThat(PublicationDates.dateline("NAIROBI, Kenya, 5 Feb. 2023 - Police said ..."))
        .contains(LocalDate.of(2023, 2, 5));
    assertThat(PublicationDates.dateline("Oct. 1, 2024 \u2014 A bomb exploded ...")).contains(LocalDate.of(2024, 10, 1));
    assertThat(PublicationDates.dateline("2024-06-30\nGunmen attacked a checkpoint ..."))
        .contains(LocalDate.of(2024, 6, 30));
  }

  @Test
  void a_date_inside_the_story_or_without_a_year_is_not_a_dateline() {
    assertThat(PublicationDates.dateline("Gunmen who attacked a bank on March 3, 2024 - police said - fled."))
        .isEmpty();
    assertThat(PublicationDates.dateline("MADRID, March 11 (Wire) - Hundreds of people gathered ...")).isEmpty();
    assertThat(PublicationDates.dateline("KABUL, February 30, 2024 (Wire) - ...")).isEmpty();
    assertThat(PublicationDates.dateline("No dash in a long text " + "word ".repeat(60))).isEmpty();
  }

  @Test
  void a_file_name_gives_its_date_but_its_directories_do_not() {
    assertThat(PublicationDates.fromName("in/2024-03-22-kabul.txt")).contains(LocalDate.of(2024, 3, 22));
    assertThat(PublicationDates.fromName("wire_20231105_lagos.html")).contains(LocalDate.of(2023, 11, 5));
    assertThat(PublicationDates.fromName("2024-03-22/kabul.txt")).isEmpty();
    assertThat(PublicationDates.fromName("report-1234567890.txt")).isEmpty();
  }

  @Test
  void the_dateline_wins_over_the_file_name_and_says_where_it_was_found() {
    assertThat(PublicationDates.find("2024-01-01-note.txt", "LAGOS, May 2, 2024 (Wire) - ..."))
        .contains(new PublicationDates.Found(LocalDate.of(2024, 5, 2), "its dateline"));
    assertThat(PublicationDates.find("2024-01-01-note.txt", "Gunmen attacked ..."))
        .contains(new PublicationDates.Found(LocalDate.of(2024, 1, 1), "its file name"));
  }
}
