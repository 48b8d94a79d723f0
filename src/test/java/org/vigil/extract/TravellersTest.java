package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * People and vehicles attacked on the way somewhere (issue 14, found by probing ordinary news):
 * what they were doing is no part of who they were, where they were going is not where the
 * attack happened, and "all 20 people on board" are 20 dead, whatever a board is in business news.
 */
class TravellersTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void what_the_victims_were_doing_is_not_part_of_who_they_were() {
    Incident i = first("Gunmen opened fire on a bus near Khuzdar on Monday. Five passengers traveling on the "
        + "bus to Quetta were wounded, police said.");
    assertThat(i.victims()).extracting(Victim::text).containsExactly("Five passengers");
    assertThat(i.casualties().wounded()).isEqualTo(Count.exact(5));
    Incident j = first("Gunmen opened fire on a market in Khuzdar on Monday, killing two students waiting for a bus.");
    assertThat(j.victims()).extracting(Victim::text).containsExactly("two students");
  }

  @Test
  void people_counted_after_a_clause_about_the_first_share_their_verb() {
    Incident i = first("Gunmen opened fire on a bus near Khuzdar on Monday, wounding five passengers traveling "
        + "to Quetta and two students waiting at the stop, police said.");
    assertThat(i.casualties().wounded()).isEqualTo(Count.exact(7));
  }

  @Test
  void a_word_of_the_victims_noun_that_ends_in_ing_stays_in_it() {
    Incident i = first("A roadside bomb killed three oil drilling workers near Kirkuk on Sunday, officials said.");
    assertThat(i.victims()).extracting(Victim::text).contains("three oil drilling workers");
  }

  @Test
  void where_a_bus_was_bound_is_neither_part_of_the_target_nor_the_place() {
    Incident i = first("Gunmen attacked a bus bound for Quetta near the town of Khuzdar on Monday, wounding "
        + "five passengers, police said.");
    assertThat(i.targets()).extracting(Target::text).contains("bus").doesNotContain("bus bound");
    assertThat(i.location().name()).isEqualTo("Khuzdar");
  }

  @Test
  void the_end_of_a_journey_is_still_the_place_when_the_report_names_no_other() {
    Incident i = first("Gunmen fired on pilgrims heading to Karbala on Saturday, killing four, officials said.");
    assertThat(i.location().name()).isEqualTo("Karbala");
  }

  @Test
  void a_plane_attacked_in_flight_is_placed_where_it_came_from_not_where_it_was_going() {
    Incident i = first("A bomb exploded aboard a passenger plane flying from Bogota to Cali on Monday, killing "
        + "all 107 people on board, officials said.");
    assertThat(i.location().name()).isEqualTo("Bogotá");
  }

  @Test
  void all_the_people_on_board_are_counted_and_on_board_is_no_business_word() {
    Incident i = first("A bomb exploded on a bus in Quetta on Monday, killing all 20 people on board, officials said.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(20));
  }
}
