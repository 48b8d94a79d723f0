package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/** What the engine makes of short reports, one behaviour per test. */
class EngineBehaviourTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 20); // a Saturday

  private static Extraction extract(String text) {
    return Engines.bundled().extract(Report.of("test", text, PUBLISHED));
  }

  private static Incident only(String text) {
    List<Incident> incidents = extract(text).incidents();
    assertThat(incidents).hasSize(1);
    return incidents.get(0);
  }

  @Test
  void arrest_of_two_members_on_their_way_to_a_shrine_is_a_foiled_plot() {
    Incident i = only("Police in Qom on Friday arrested two members of the Islamic State Khorasan Province "
        + "who were trying to enter a shrine disguised as pilgrims.");
    assertThat(i.type()).isEqualTo(IncidentType.FOILED_PLOT);
    assertThat(i.status()).isEqualTo(Status.FOILED);
    assertThat(i.casualties().arrested()).isEqualTo(Count.exact(2));
    assertThat(i.perpetrators()).extracting(Perpetrator::group).contains("Islamic State Khorasan Province");
    assertThat(i.perpetrators().get(0).individuals()).isEqualTo("two members");
    assertThat(i.date().value()).isEqualTo("2024-04-19");
    assertThat(i.targets()).extracting(Target::type).contains(TargetType.RELIGIOUS);
  }

  @Test
  void perpetrators_who_died_count_among_the_killed() {
    Incident i = only("Gunmen attacked a police post in Kandahar on Tuesday. Six officers and eight assailants "
        + "were killed in the fighting.");
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(14));
    assertThat(i.casualties().perpetratorsKilled()).isEqualTo(Count.exact(8));
  }

  @Test
  void qualifiers_and_number_words_are_kept_as_written() {
    Incident i = only("A car bomb exploded at a market in Mogadishu yesterday, killing at least twenty-three "
        + "people and wounding dozens, police said.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.casualties().killed()).isEqualTo(new Count(23, Qualifier.AT_LEAST));
    assertThat(i.casualties().wounded()).isEqualTo(new Count(24, Qualifier.AT_LEAST));
    assertThat(i.date().value()).isEqualTo("2024-04-19");
  }

  @Test
  void no_one_hurt_is_zero_not_missing() {
    Incident i = only("A bomb exploded outside a bank in Athens on Tuesday night. No one was hurt.");
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(0));
    assertThat(i.casualties().wounded()).isEqualTo(Count.exact(0));
  }

  @Test
  void a_recalled_bombing_is_a_background_incident_with_its_own_toll() {
    List<Incident> incidents = extract("Police in Kerman arrested three members of the Islamic State on Friday. "
        + "The group was behind the twin bombings in Kerman in January that killed more than 90 people.").incidents();
    assertThat(incidents).extracting(Incident::type, Incident::background)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(IncidentType.ARREST, false),
            org.assertj.core.groups.Tuple.tuple(IncidentType.BOMBING, true));
    Incident bombing = incidents.get(1);
    assertThat(bombing.casualties().killed()).isEqualTo(new Count(90, Qualifier.MORE_THAN));
    assertThat(bombing.date().value()).isEqualTo("2024-01");
    assertThat(bombing.date().precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void a_recalled_shooting_does_not_take_the_target_of_the_plot_reported_before_it() {
    List<Incident> incidents = extract("Police in Qom arrested two members of the Islamic State who were trying "
        + "to enter a shrine disguised as pilgrims on Friday. The group also carried out a shooting at a concert "
        + "hall near Moscow in March, killing at least 144.").incidents();
    Incident shooting = incidents.stream().filter(Incident::background).findFirst().orElseThrow();
    assertThat(shooting.targets()).extracting(Target::text).containsExactly("concert hall");
    assertThat(incidents.get(0).targets()).extracting(Target::text).contains("shrine");
  }

  @Test
  void a_plot_against_shopping_centres_has_them_as_its_business_target() {
    Incident plot = only("Police in Bishkek arrested three men on Tuesday suspected of planning attacks on shopping "
        + "centres in the capital.");
    assertThat(plot.type()).isEqualTo(IncidentType.FOILED_PLOT);
    assertThat(plot.targets()).extracting(Target::type, Target::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TargetType.BUSINESS, "shopping centres"));
  }

  @Test
  void captives_who_tried_to_escape_do_not_make_the_kidnapping_an_attempt() {
    Incident i = only("Gunmen abducted 23 bus passengers on the Kaduna-Abuja highway on Sunday. Two passengers "
        + "who tried to escape were shot dead.");
    assertThat(i.type()).isEqualTo(IncidentType.KIDNAPPING);
    assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED);
  }

  @Test
  void an_arrest_for_an_old_bombing_is_news_and_the_year_is_the_bombings() {
    List<Incident> incidents = extract("Police said on Friday they had arrested a former rebel suspected of "
        + "masterminding the 2019 car bombing of a police academy in Bogota that killed 22 cadets.").incidents();
    Incident arrest = incidents.stream().filter(i -> i.type() == IncidentType.ARREST).findFirst().orElseThrow();
    assertThat(arrest.background()).isFalse();
    assertThat(incidents).filteredOn(i -> i.type() == IncidentType.BOMBING).singleElement()
        .satisfies(b -> assertThat(b.date().value()).isEqualTo("2019"));
  }

  @Test
  void armed_men_attacking_a_target_at_a_place_is_an_incident_without_a_date_or_toll() {
    Incident i = only("Assailants attacked a police post in Kandahar, Afghanistan. No casualties were reported.");
    assertThat(i.location().name()).startsWith("Kandah");
    assertThat(i.targets()).extracting(Target::type).contains(TargetType.POLICE);
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(0));
  }

  @Test
  void an_attack_in_words_on_a_target_is_no_incident_without_armed_men() {
    assertThat(extract("Opposition leaders attacked the police budget in Kandahar, Afghanistan.").incidents())
        .isEmpty();
  }

  @Test
  void a_bombing_that_killed_is_accomplished_though_a_second_device_was_defused() {
    Incident i = only("A roadside bomb struck an army convoy near Kandahar on Monday, killing two soldiers. "
        + "A second explosive device was found at the scene and defused.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED);
  }

  @Test
  void a_suicide_attack_is_a_bombing() {
    Incident i = only("The governor visited people wounded in Saturday's suicide attack on a market in Kano.");
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
  }

  @Test
  void a_denied_attack_gives_no_incident() {
    assertThat(extract("Police denied any attack took place at the mall in Nairobi on Thursday, saying reports "
        + "of a shooting were false.").incidents()).isEmpty();
  }

  @Test
  void sport_and_business_language_gives_no_incident() {
    assertThat(extract("The striker shot past the keeper in the final minute as the league leaders were bombed "
        + "out of the cup by a fierce attack.").incidents()).isEmpty();
    assertThat(extract("The film bombed at the box office, and shares in the studio fell after a hostile "
        + "takeover bid.").incidents()).isEmpty();
  }

  @Test
  void every_evidence_span_points_at_its_words() {
    String text = "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing at least 30 "
        + "worshippers, police said. The Pakistani Taliban claimed the attack.";
    Extraction x = extract(text);
    assertThat(x.incidents()).isNotEmpty();
    for (Incident i : x.incidents()) {
      assertThat(i.evidence()).isNotEmpty();
      for (Evidence e : i.evidence()) {
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      }
    }
    assertThat(x.incidents().get(0).claim()).isEqualTo(Claim.CLAIMED);
  }

  @Test
  void intelligence_shared_between_states_is_a_relation() {
    Extraction x = extract("Iranian police arrested four members of Jaish al-Adl in Zahedan on Friday. "
        + "Iran shared intelligence on the group with Pakistan, officials said.");
    assertThat(x.relations()).extracting(Relation::type, Relation::source, Relation::target)
        .contains(org.assertj.core.groups.Tuple.tuple("intelligence_sharing", "IR", "PK"));
  }

  @Test
  void an_unregistered_group_is_recognised_from_how_it_is_named() {
    Incident i = only("A group calling itself the Free Highlands Front claimed a bomb attack on a pipeline "
        + "near Kirkuk on Monday.");
    assertThat(i.perpetrators()).extracting(Perpetrator::group).contains("Free Highlands Front");
  }

  @Test
  void without_a_publication_date_the_datelines_date_anchors_relative_dates() {
    Extraction x = Engines.bundled().extract(Report.of("muc-style",
        "SAN SALVADOR, 3 JAN 90 -- [TEXT] URBAN GUERRILLAS OF THE FMLN YESTERDAY BOMBED A POWER STATION "
            + "IN SAN MIGUEL, LEAVING TWO GUARDS DEAD.", null));
    assertThat(x.report().published()).isEqualTo("1990-01-03");
    Incident i = x.incidents().get(0);
    assertThat(i.type()).isEqualTo(IncidentType.BOMBING);
    assertThat(i.date().value()).isEqualTo("1990-01-02");
    assertThat(i.perpetrators()).extracting(Perpetrator::group).contains("Farabundo Marti National Liberation Front");
    assertThat(i.casualties().killed()).isEqualTo(Count.exact(2));
  }

  @Test
  void a_group_that_says_it_had_no_part_in_a_murder_denied_it() {
    Incident i = only("The Shining Path said in a statement that it had nothing to do with the murder of a mayor "
        + "in Ayacucho, Peru, on Thursday.");
    assertThat(i.claim()).isEqualTo(Claim.DENIED);
  }
}

