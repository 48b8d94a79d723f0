package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.report.Report;

/** What the engine reads from follow-up reports: the event's own date and the toll as it rises. */
class FollowUpReportsTest {

  private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

  private static Incident only(String text, LocalDate published) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, published)).incidents();
    assertThat(incidents).hasSize(1);
    return incidents.get(0);
  }

  @Test
  void a_toll_that_has_risen_is_the_killed_figure_and_the_event_keeps_its_own_day() {
    Incident i = only("The death toll from Tuesday's car bombing outside a seafront restaurant in Mogadishu has "
        + "risen to 19, hospital officials said on Thursday.", THURSDAY);
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(19));
    assertThat(i.date()).isEqualTo(new IncidentDate("2024-03-12", DatePrecision.DAY, "Tuesday"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A wounded policeman died on Wednesday, raising the toll from the market bombing in Kano to 13. | 13 | EXACT",
      "The toll from the bombing of the Kurmi market in Kano now stands at 40, police said. | 40 | EXACT",
      "The number of dead from the bombing of the Kurmi market in Kano climbed to 25 on Wednesday. | 25 | EXACT",
      "At least 35 people have now died after the bombing of the Kurmi market in Kano, police said. | 35 | AT_LEAST",
      "The death toll from Saturday's bombing at the Kurmi market in Kano rose to at least 30, police said. | 30 | AT_LEAST"})
  void a_stated_toll_is_the_total_with_its_qualifier(String text, int value, Qualifier qualifier) {
    assertThat(only(text, THURSDAY).casualties().killed()).isEqualTo(new Count(value, qualifier));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rescue workers found three more bodies on Wednesday in the rubble of the Kurmi market in Kano, where a bomb "
          + "exploded on Saturday. | 3",
      "A man wounded in Saturday's bombing of the Kurmi market in Kano died in hospital on Wednesday, his family said. | 1",
      "Two of the people injured in Saturday's bombing of the Kurmi market in Kano died of their wounds on Wednesday. | 2"})
  void a_report_of_more_deaths_only_gives_the_increase_over_the_earlier_toll(String text, int more) {
    Casualties c = only(text, THURSDAY).casualties();
    assertThat(c.killed()).isNull();
    assertThat(c.killedAdded()).isEqualTo(Count.exact(more));
  }

  @Test
  void more_deaths_add_to_a_toll_the_same_report_restates() {
    Incident i = only("Three more bodies were pulled from the rubble on Wednesday, a day after a bomb at the Kurmi "
        + "market in Kano killed 12 people.", THURSDAY);
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(15));
    assertThat(i.casualties().killedAdded()).isNull();
  }

  @Test
  void the_weekend_bombing_is_dated_to_the_two_days_of_the_weekend() {
    Incident i = only("The governor visited victims of the weekend market bombing in Kano on Thursday.", THURSDAY);
    assertThat(i.date()).isEqualTo(new IncidentDate("2024-03-09/2024-03-10", DatePrecision.RANGE, "weekend"));
  }

  @Test
  void a_memorial_recalls_the_attack_and_its_day_is_not_the_attacks() {
    Incident i = only("Families of the victims of the market bombing in Kano gathered on Tuesday for a memorial "
        + "service.", THURSDAY);
    assertThat(i.background()).as("the news is the memorial").isTrue();
    assertThat(i.date()).as("no words of the attack say when").isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Al-Shabaab warned on Tuesday that it would bomb hotels in Mogadishu used by delegates.",
      "Al-Shabaab warned on Tuesday that it would attack hotels in Mogadishu used by delegates."})
  void a_threat_is_dated_by_its_warning(String text) {
    Incident i = only(text, THURSDAY);
    assertThat(i.status()).isEqualTo(Status.THREATENED);
    assertThat(i.date().value()).isEqualTo("2024-03-12");
  }

  @Test
  void the_dateline_dates_the_news_only_when_nothing_else_says_when_and_a_recollection_stays_undated() {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", "KANO, Nigeria, March 13 (Example Wire) "
        + "- Gunmen attacked a police post in Kano, killing four officers. Boko Haram was behind the bombing of a "
        + "church in Jos that killed nine people.", THURSDAY)).incidents();
    assertThat(incidents).extracting(Incident::background).containsExactly(false, true);
    assertThat(incidents.get(0).date()).as("the report's date, not words of the event")
        .isEqualTo(new IncidentDate("2024-03-13", DatePrecision.DAY, null));
    assertThat(incidents.get(0).evidence()).anyMatch(e -> e.field().equals("date") && e.text().equals("March 13"));
    assertThat(incidents.get(1).date()).isNull();
  }

  @Test
  void an_explosion_under_a_headline_that_calls_it_a_bombing_is_the_bombing() {
    String text = "KANO, Nigeria, March 14 (Sahel Wire) - The death toll from Tuesday's explosion at the Kurmi "
        + "market in Kano has risen to 21, a hospital official said on Thursday.";
    assertThat(Engines.bundled().extract(Report.of("plain", text, THURSDAY)).incidents())
        .as("an explosion nobody is said to have set off").isEmpty();
    Report headed = new Report("headed", "Toll from Kano market bombing rises to 21", text, THURSDAY, null, null,
        org.vigil.report.SourceMap.identity());
    assertThat(Engines.bundled().extract(headed).incidents()).singleElement().satisfies(i -> {
      assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
      assertThat(i.casualties().killed()).isEqualTo(Count.exact(21));
    });
  }
}
