package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.learn.Example;
import org.vigil.learn.LinearModel;
import org.vigil.learn.LogisticTrainer;
import org.vigil.report.Report;

/** The relevance stage: facts of language that settle candidates, and the learned decision (issue 14). */
class RelevanceTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

  private static List<Incident> extract(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
  }

  private static List<Candidate> candidates(String text) {
    return Engines.bundled().candidates(Report.of("test", text, PUBLISHED));
  }

  @Test
  void an_arrest_for_fraud_is_ordinary_crime_not_an_arrest_of_militants() {
    assertThat(candidates("Police in Sydney on Thursday arrested a former currency clerk and charged him with "
        + "misappropriating 8,000 dollars in a foreign-exchange fraud, a spokeswoman said.")).isEmpty();
  }

  @Test
  void an_arrest_of_men_planning_an_attack_stays_an_incident() {
    assertThat(extract("Police in Lahore on Thursday arrested three men who were planning to attack a church "
        + "during Sunday prayers, officials said.")).isNotEmpty();
  }

  @Test
  void an_explosion_nobody_caused_in_a_report_about_a_boiler_is_the_accident() {
    assertThat(candidates("A boiler exploded at a textile mill in Faisalabad on Thursday, killing four workers. "
        + "The blast brought down part of the roof, rescue officials said.")).isEmpty();
  }

  @Test
  void an_explosion_that_killed_people_at_a_mosque_or_a_police_post_is_a_bombing() {
    assertThat(extract("An explosion tore through a mosque in Kohat during evening prayers, killing 21 worshippers."))
        .extracting(Incident::type).containsExactly(IncidentType.BOMBING);
    assertThat(extract("A blast at a police post in Bannu killed three constables on Monday."))
        .extracting(Incident::type).containsExactly(IncidentType.BOMBING);
    assertThat(candidates("An explosion ripped through a fertiliser plant in Multan on Monday, killing five workers."))
        .isEmpty();
  }

  @Test
  void a_nuclear_test_is_no_bombing() {
    assertThat(candidates("The country carried out an underground nuclear test on Thursday. The explosion "
        + "was measured at 20 kilotons by foreign monitors.")).isEmpty();
  }

  @Test
  void a_lead_that_tells_of_a_captives_release_recalls_the_kidnapping() {
    assertThat(extract("A kidnapped Italian engineer has been freed in Nigeria after 40 days in captivity, his "
        + "employer said on Thursday.")).isNotEmpty().allMatch(Incident::background);
  }

  @Test
  void a_verdict_recalls_the_attack_it_names_and_is_no_new_incident() {
    List<Incident> found = extract("A court in Peshawar on Thursday sentenced two men to death for the 2022 bombing "
        + "of a mosque in the city that killed 60 worshippers.");
    assertThat(found).isNotEmpty().allMatch(Incident::background);
  }

  @Test
  void gunmen_firing_on_a_team_bus_are_an_attack_although_the_report_speaks_of_cricket() {
    assertThat(extract("Gunmen opened fire on a bus carrying a provincial cricket team near Kohat on Thursday, "
        + "wounding two players before a league match, police said.")).extracting(Incident::type)
        .contains(IncidentType.ARMED_ASSAULT);
  }

  @Test
  void the_engine_keeps_only_candidates_its_relevance_accepts() {
    String text = "Gunmen attacked a police post in Kandahar on Thursday, killing three officers.";
    Extractor none = Engines.bundled().withRelevance(f -> 0.0);
    assertThat(candidates(text)).isNotEmpty();
    assertThat(none.extract(Report.of("test", text, PUBLISHED)).incidents()).isEmpty();
  }

  @Test
  void a_model_is_a_relevance_model_only_with_the_incident_label_and_the_features_dimension() {
    LinearModel other = new LogisticTrainer(LogisticTrainer.Settings.defaults().withBits(RelevanceModel.BITS))
        .train(List.of(Example.of(new org.vigil.learn.Features(RelevanceModel.BITS).add("x").vector(), "a"),
            Example.of(new org.vigil.learn.Features(RelevanceModel.BITS).add("y").vector(), "b")), List.of("a", "b"));
    assertThatThrownBy(() -> new RelevanceModel(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected incident among the labels");
  }

  @Test
  void the_bundled_model_reads_and_keeps_a_plain_attack() throws Exception {
    RelevanceModel model = RelevanceModel.bundled().orElseThrow();
    Candidate attack = candidates("A car bomb exploded outside a police station in Quetta on Thursday, killing "
        + "five officers, police said.").get(0);
    assertThat(model.probability(attack.features())).isGreaterThanOrEqualTo(model.threshold());
  }
}
