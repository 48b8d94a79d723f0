package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Deaths a report tells without a plain "N were killed" (issue 14, classes found on real
 * summaries), in sentences of our own: a body found after an abduction, people killed after
 * another act done to them, "shot (a judge) to death", two relatives under one possessive, a surname ending in "s", and a
 * victim's home town that is not where the attack happened, a surname after a title ("Mr. Ortega was
killed").
 */
class DeathsToldOtherwiseTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 11);

  private static Incident first(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.get(0);
  }

  private static Count killed(String text) {
    return first(text).casualties().killed();
  }

  @Test
  void a_body_found_after_an_abduction_is_one_killed() {
    assertThat(killed("Gunmen abducted a village councillor in Kandahar province on Monday. His body was found on "
        + "Tuesday near the highway.")).isEqualTo(Count.exact(1));
    assertThat(killed("Militants kidnapped a teacher near Bijapur, India, on Monday. The teacher's body was recovered "
        + "two days later.")).isEqualTo(Count.exact(1));
    assertThat(killed("Gunmen seized a trader in Maiduguri, Nigeria, on Monday. The body of the abducted trader was "
        + "discovered on Wednesday.")).isEqualTo(Count.exact(1));
  }

  @Test
  void a_person_named_after_a_title_that_opens_the_sentence_is_one_killed_or_wounded() {
    assertThat(killed("Gunmen fired on a fishing boat near the border. Mr. Ortega was killed.")).isEqualTo(Count.exact(1));
    assertThat(killed("Gunmen fired on a fishing boat near the border. Dr Ortega was killed.")).isEqualTo(Count.exact(1));
    assertThat(first("Gunmen fired on a fishing boat near the border. Captain Ortega was wounded.").casualties().wounded())
        .isEqualTo(Count.exact(1));
  }

  @Test
  void a_body_in_the_sentence_that_tells_the_killing_is_not_a_second_death() {
    assertThat(killed("Gunmen shot dead a farmer near Jos, Nigeria, on Monday, and his body was dumped in a river."))
        .isEqualTo(Count.exact(1));
  }

  @Test
  void people_killed_after_being_bound_or_taken_away_are_killed() {
    assertThat(killed("Gunmen attacked a brick factory in Jalalabad, Afghanistan, on Monday. Six workers were tied up "
        + "before being shot and killed.")).isEqualTo(Count.exact(6));
    assertThat(killed("Rebels raided a village near Beni, Congo, on Monday. Nine villagers were marched into the bush "
        + "and later killed.")).isEqualTo(Count.exact(9));
  }

  @Test
  void a_verb_of_harm_told_fatal_by_to_death_kills_its_object() {
    assertThat(killed("A magistrate was shot to death outside his office in Cucuta, Colombia, on Monday."))
        .isEqualTo(Count.exact(1));
    assertThat(killed("Gunmen on motorcycles shot a magistrate to death in Cucuta, Colombia, on Monday."))
        .isEqualTo(Count.exact(1));
    assertThat(killed("Attackers stabbed three herders to death near Maiduguri, Nigeria, on Monday."))
        .isEqualTo(Count.exact(3));
    assertThat(killed("Gunmen stopped the magistrate's car in Cucuta, Colombia, on Monday and shot him to death."))
        .isEqualTo(Count.exact(1));
    assertThat(killed("The killers of a magistrate fled after shooting him dead in Cucuta, Colombia, on Monday."))
        .isEqualTo(Count.exact(1));
    assertThat(first("Gunmen on motorcycles shot a magistrate to death in Cucuta, Colombia, on Monday.").victims())
        .extracting(Victim::text).containsExactly("a magistrate");
  }

  @Test
  void two_relatives_under_one_possessive_are_two_killed() {
    assertThat(killed("Gunmen fired on the car of a radio host in Oaxaca, Mexico, on Monday. The host escaped, but his "
        + "wife and nephew were killed.")).isEqualTo(Count.exact(2));
  }

  @Test
  void a_named_victim_whose_surname_ends_in_s_is_one_killed() {
    assertThat(killed("A bomb hit a patrol in Kismayo, Somalia, on Monday. Ahmed Yunis, a district officer, was killed "
        + "in the blast.")).isEqualTo(Count.exact(1));
  }

  @Test
  void where_a_victim_is_based_is_not_where_the_attack_happened() {
    Incident incident = first("Gunmen shot dead a Lagos-based businessman in Kaduna, Nigeria, on Monday.");
    assertThat(incident.location()).isNotNull();
    assertThat(incident.location().name()).isEqualTo("Kaduna");
    Incident nowhere = first("A Kabul-based reporter was killed by a bomb on Monday.");
    assertThat(nowhere.location()).isNotNull();
    assertThat(nowhere.location().name()).isEqualTo("Afghanistan");
    assertThat(Engines.bundled().extract(Report.of("test", "Gunmen attacked a Kabul-based reporter at his home in "
        + "Jalalabad, Afghanistan, on Monday. The reporter, a Kandahar-born father of three, was shot and killed.",
        PUBLISHED)).incidents()).hasSize(1);
  }

  @Test
  void captives_killed_later_are_the_kidnappings_dead_whatever_day_it_gives() {
    LocalDate friday = LocalDate.of(2024, 4, 12);
    List<Incident> fate = Engines.bundled().extract(Report.of("test", "Gunmen abducted nine traders near Gwoza, "
        + "Nigeria, on Monday. The hostages were killed on Wednesday.", friday)).incidents();
    assertThat(fate).hasSize(1);
    assertThat(fate.get(0).type()).isEqualTo(IncidentType.KIDNAPPING);
    assertThat(fate.get(0).casualties().killed()).isEqualTo(Count.exact(9));
    assertThat(Engines.bundled().extract(Report.of("test", "Gunmen abducted three herders near Gwoza, Nigeria, on "
        + "Monday. Their bodies were found on Wednesday.", friday)).incidents().get(0).casualties().killed())
        .isEqualTo(Count.exact(3));
    assertThat(killed("Militants seized four herders near Tikrit, Iraq, on Monday. The four captives were shot and "
        + "killed a short time later.")).isEqualTo(Count.exact(4));
    assertThat(killed("Militants seized four herders near Tikrit, Iraq, on Monday. Two of the hostages were killed and "
        + "the others were freed.")).isEqualTo(Count.exact(2));
    List<Incident> soldier = Engines.bundled().extract(Report.of("test", "Insurgents abducted a border guard in Warduj "
        + "district, Afghanistan, on Monday. The guard was shot dead on Wednesday.", friday)).incidents();
    assertThat(soldier).hasSize(1);
    assertThat(soldier.get(0).casualties().killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void people_summarily_executed_are_killed() {
    assertThat(killed("Gunmen stormed a hamlet near Menaka, Mali, on Monday. Eleven men were summarily executed."))
        .isEqualTo(Count.exact(11));
  }

  @Test
  void one_member_of_a_body_with_a_long_name_and_its_acronym_is_one_killed() {
    assertThat(killed("Insurgents attacked outposts in Ghormach, Afghanistan, on Monday. At least one officer of the "
        + "Directorate of Border Security (DBS) was killed.")).isEqualTo(new Count(1, Qualifier.AT_LEAST));
  }
}
