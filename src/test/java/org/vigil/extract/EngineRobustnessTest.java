package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** Texts that once made the engine fail; each must now give a result (issue 13). */
class EngineRobustnessTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 20);

  private static Extraction extract(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED));
  }

  @Test
  void a_weak_attack_with_an_arrest_told_in_its_story_is_typed_by_the_attack() {
    Extraction x = extract("Violence in Kano on Monday left 5 people dead. Police arrested him at the scene.");
    assertThat(x.incidents()).hasSize(1);
    Incident i = x.incidents().get(0);
    assertThat(i.type()).isEqualTo(IncidentType.OTHER_VIOLENCE);
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(5));
    assertThat(i.casualties().arrested()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_weak_attack_without_a_toll_is_no_incident_even_with_an_arrest_at_the_scene() {
    assertThat(extract("Violence erupted in Kano on Monday. Police arrested the suspect.").incidents())
        .allMatch(i -> i.type() == IncidentType.ARREST);
  }

  @Test
  void a_text_ending_in_a_capitalised_article_is_read() {
    assertThat(extract("Gunmen shot dead a driver in Kabul on Tuesday. THE").incidents()).hasSize(1);
  }

  @Test
  void a_run_of_thousands_is_no_count_and_does_not_overflow() {
    Incident i = extract("A bomb killed one thousand thousand thousand thousand people in Kabul on Tuesday.")
        .incidents().get(0);
    assertThat(i.casualties().killed()).isNull();
  }

  @Test
  void figures_added_up_beyond_the_largest_integer_stay_at_it() {
    assertThat(Count.exact(Integer.MAX_VALUE - 1).plus(new Count(5, Qualifier.AT_LEAST)))
        .isEqualTo(new Count(Integer.MAX_VALUE, Qualifier.AT_LEAST));
  }

  @Test
  void a_report_over_the_time_limit_is_a_failure_naming_the_setting_and_the_stage() {
    String text = "A bomb exploded in Kabul on Tuesday, killing 5 people. ".repeat(20_000);
    Extractor strict = Engines.bundled().with(new ExtractSettings(1));
    ExtractionOutcome o = strict.attempt(Report.of("long", text, PUBLISHED));
    assertThat(o.failed()).isTrue();
    assertThat(o.failure().reportId()).isEqualTo("long");
    assertThat(o.failure().timedOut()).isTrue();
    assertThat(o.failure().reason()).contains("extract.report-millis").contains("1 ms").contains("stopped while");
  }

  @Test
  void a_report_within_the_time_limit_is_extracted() {
    ExtractionOutcome o = Engines.bundled().attempt(Report.of("short", "Gunmen shot dead a driver in Kabul on "
        + "Tuesday.", PUBLISHED));
    assertThat(o.failed()).isFalse();
    assertThat(o.extraction().incidents()).hasSize(1);
  }
}
