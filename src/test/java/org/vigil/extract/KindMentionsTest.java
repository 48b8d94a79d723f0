package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Violence named as a kind (issue 14): a statement that denounces, favours or fights bombings or
 * kidnappings in general reports no incident; a plural with a number, or bombs set off, still
 * does; an attack a commentary asks us to recall is no news. Reports of our own.
 */
class KindMentionsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 2);

  private static List<Incident> news(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents().stream()
        .filter(i -> !i.background()).toList();
  }

  @Test
  void a_rights_group_denouncing_assassinations_in_general_reports_no_incident() {
    assertThat(news("TEGUCIGALPA, 2 MAY 25 -- A human rights committee in Tegucigalpa said today that abuses "
        + "continue in Honduras and denounced political assassinations and campaigns of intimidation against "
        + "union leaders.")).isEmpty();
  }

  @Test
  void a_call_to_end_bombings_of_civilians_reports_no_incident() {
    assertThat(news("QUITO, 2 MAY 25 -- A church leader in Quito called on both sides to end indiscriminate "
        + "bombings against the civilian population.")).isEmpty();
  }

  @Test
  void measures_against_kidnappings_are_no_kidnapping() {
    assertThat(news("LIMA, 2 MAY 25 -- The president said in Lima that new measures against kidnappings were "
        + "being studied.")).isEmpty();
  }

  @Test
  void bombings_with_a_number_stay_an_incident() {
    assertThat(news("LIMA, 2 MAY 25 -- Guerrillas carried out two bombings against power pylons near Cuzco, "
        + "police said.")).extracting(Incident::type).containsExactly(IncidentType.BOMBING);
  }

  @Test
  void bombs_set_off_at_a_power_station_stay_an_incident() {
    assertThat(news("LIMA, 2 MAY 25 -- Rebels set off bombs at a power station in Huancayo, police said."))
        .extracting(Incident::type).containsExactly(IncidentType.BOMBING);
  }

  @Test
  void attacks_named_again_after_the_event_stay_its_incident() {
    assertThat(news("BOGOTA, 2 MAY 25 -- Rebels blew up the oil pipeline near Arauca. The attacks cut crude "
        + "exports, the state oil company said.")).isNotEmpty();
  }

  @Test
  void a_bombing_a_commentary_asks_us_to_recall_is_a_recollection() {
    assertThat(Engines.bundled().extract(Report.of("test", "SANTIAGO, 2 MAY 25 -- The cartel has never been "
        + "punished. Let us recall the bomb that destroyed the police headquarters in Medellin, killing 60 people.",
        PUBLISHED)).incidents()).isNotEmpty().allMatch(Incident::background);
  }
}
