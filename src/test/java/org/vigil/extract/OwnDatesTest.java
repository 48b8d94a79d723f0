package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attack whose own phrase says it happened a few days ago is the report's news, even in a
 * sentence that also recalls something older; a date that belongs to the statement does not do that;
 * a funeral or visit the attack struck does not take the attack's date away from it.
 */
class OwnDatesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 5);

  @Test
  void an_attack_on_a_recent_day_stays_news_though_its_planning_is_recalled() {
    List<Incident> all = Engines.incidents("LA PAZ, 5 MAR (Andes Wire) - The car bomb attack on 3 March that "
        + "destroyed the customs office in Tarija had been planned since last year, investigators said.", PUBLISHED);
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isFalse();
      assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
      assertThat(i.date().value()).isEqualTo("2023-03-03");
    });
  }

  @Test
  void a_statement_about_an_attack_in_connection_with_it_dates_the_attack_by_its_own_words() {
    List<Incident> all = Engines.incidents("LA PAZ, 5 MAR (Andes Wire) - In connection with the bomb attack on the "
        + "customs office in Tarija at dawn on 4 March, the front issued the following statement.", PUBLISHED);
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isFalse();
      assertThat(i.date().value()).isEqualTo("2023-03-04");
    });
  }

  @Test
  void a_recent_day_that_dates_the_statement_leaves_the_recalled_attack_in_the_past() {
    List<Incident> all = Engines.incidents("LA PAZ, 5 MAR (Andes Wire) - The front was behind the bombing of the "
        + "customs office in Tarija years ago, police said on 3 March.", PUBLISHED);
    assertThat(all).allSatisfy(i -> assertThat(i.background()).isTrue());
  }

  @Test
  void a_murder_takes_the_day_of_its_own_phrase_not_the_day_a_group_spoke_of_it() {
    List<Incident> all = Engines.incidents("LIMA, 5 MAR (Andes Wire) - The Shining Path said in a statement on Saturday "
        + "that it had nothing to do with the murder of union leader Hugo Rojas Paredes in the city of Ayacucho on "
        + "Thursday.", PUBLISHED);
    assertThat(all).singleElement().satisfies(i -> assertThat(i.date().value()).isEqualTo("2023-03-02"));
  }

  @Test
  void a_funeral_that_was_attacked_gives_the_attack_its_day_and_stays_news() {
    List<Incident> all = Engines.incidents("A suicide bomber targeted a funeral in Baidoa on Sunday, killing 11 "
        + "mourners, officials said.", PUBLISHED);
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.background()).isFalse();
      assertThat(i.date().value()).isEqualTo("2023-03-05");
    });
  }
}
