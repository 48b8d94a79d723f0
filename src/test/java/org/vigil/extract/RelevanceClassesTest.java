package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Classes of false incidents found in ordinary wire news (issue 14), each with sentences of our
 * own: a figure of speech with "foiled", hostages named in passing, arrests in riots, violence told
 * only inside a denial.
 */
class RelevanceClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 5, 2);

  private static List<Candidate> candidates(String text) {
    return Engines.bundled().candidates(Report.of("test", text, PUBLISHED));
  }

  private static List<Incident> extract(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
  }

  @Test
  void foiling_a_rivals_hopes_is_a_figure_of_speech() {
    assertThat(candidates("The prime minister said his coalition had foiled the opposition's hopes of a quick "
        + "victory in the budget vote.")).isEmpty();
  }

  @Test
  void a_foiled_bomb_plot_stays_an_incident() {
    assertThat(extract("Police in Mombasa foiled a plot to bomb a ferry on Tuesday and arrested two men "
        + "carrying explosives, officials said.")).isNotEmpty();
  }

  @Test
  void a_bank_manager_wounded_in_a_gun_attack_is_an_incident_whatever_the_words_of_business() {
    assertThat(extract("LIMA, May 1 (Andes Wire) - The general manager of a foreign bank in Peru was wounded in a "
        + "sub-machine gun attack near his office, police said. The bank has large loans outstanding to Peru."))
        .extracting(Incident::type).containsExactly(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void a_plant_reopened_after_sabotage_at_the_end_of_last_month_only_recalls_the_sabotage() {
    assertThat(extract("The cement plant at Kilwa, which closed at the end of March after being sabotaged by "
        + "rebels, has now reopened, a company spokesman said.")).allMatch(Incident::background);
  }

  @Test
  void hostages_named_in_passing_in_a_policy_story_are_no_incident() {
    assertThat(candidates("The committee heard that the envoy tried to trade spare parts for help in freeing "
        + "foreign hostages, lawmakers said on Thursday.")).isEmpty();
  }

  @Test
  void gunmen_holding_hostages_stay_an_incident() {
    assertThat(extract("Gunmen stormed a hotel in Bamako on Friday and held 20 guests hostage, police said."))
        .isNotEmpty();
  }

  @Test
  void people_arrested_during_riots_are_no_arrest_of_militants() {
    assertThat(candidates("More than 300 people arrested during the weekend riots in the port city will be "
        + "tried by a special tribunal, the interior minister said.")).isEmpty();
  }

  @Test
  void bombing_told_only_inside_a_ministers_denial_is_no_incident() {
    assertThat(extract("SAN SALVADOR, May 2 -- The defence minister in San Salvador denied that the air force is "
        + "bombing villages in Chalatenango.")).isEmpty();
  }

  @Test
  void an_attack_told_and_then_denied_by_its_suspects_stays_an_incident() {
    assertThat(extract("SAN SALVADOR, May 2 -- Rebels attacked a bus near Usulutan, killing three passengers. The "
        + "rebel radio denied that its fighters had attacked the bus.")).extracting(Incident::type)
        .containsExactly(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void bomb_making_materials_seized_in_an_arrest_are_no_bombing() {
    assertThat(extract("Police in Karachi arrested two suspected members of Lashkar-e-Jhangvi on Thursday, recovering "
        + "bomb-making materials.")).extracting(Incident::type).containsExactly(IncidentType.ARREST);
    assertThat(extract("Police said the suspects ran a bomb-making workshop in a house in Karachi and arrested them on "
        + "Thursday.")).extracting(Incident::type).containsExactly(IncidentType.ARREST);
  }

  @Test
  void thousands_killed_over_years_are_a_tally_not_an_incident() {
    assertThat(extract("The rebel command said in a statement that the junta has murdered 40,000 peasants and "
        + "that it would not negotiate while the repression continued.")).isEmpty();
    assertThat(extract("Officials say more than 3,000 people have been killed in the province, and the new "
        + "governor promised to restore order.")).isEmpty();
    assertThat(extract("The opposition said the new charter was written over the killing of more than 50,000 "
        + "villagers and refused to sign it.")).isEmpty();
    assertThat(extract("A car bomb killed nine people at a checkpoint in Mogadishu on Thursday. The insurgency has "
        + "killed more than 10,000 people since 2007.")).singleElement()
        .satisfies(i -> assertThat(i.casualties().killed()).isEqualTo(Count.exact(9)));
  }

  @Test
  void a_country_taken_without_a_shot_being_fired_saw_no_shooting() {
    assertThat(extract("The president said his country was like a nation being invaded without a shot being fired, "
        + "and asked its neighbours for support.")).isEmpty();
    assertThat(extract("Troops retook the town of Kidal without firing a shot on Monday after the rebels withdrew, "
        + "the army said.")).isEmpty();
  }

  @Test
  void attacks_that_militants_staged_are_attacks_and_a_staged_attack_in_a_drill_is_not() {
    assertThat(extract("Militants staged three bomb attacks on power pylons near Oruro on Thursday, cutting "
        + "electricity to the city, police said.")).singleElement()
        .satisfies(i -> assertThat(i.type()).isEqualTo(IncidentType.BOMBING));
    assertThat(extract("Firemen and police rescued actors from a bus in a staged attack near Oruro on Thursday.")).isEmpty();
  }
}
