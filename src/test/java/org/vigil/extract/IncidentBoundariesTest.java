package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where one incident ends and another begins in a report that tells several: a plot and the
 * attack it aimed at, an ambush of those sent after kidnappers, a separate raid in the lead, and
 * the detail sentences after them; a nationality of the attackers places no second incident.
 */
class IncidentBoundariesTest {

  @Test
  void a_plot_to_bomb_a_ferry_is_one_foiled_plot_not_a_bombing() {
    List<Incident> all = Engines.incidents("DAR ES SALAAM, June 3 (Coast Wire) - Police said on Monday they had foiled a "
        + "plot by militants to bomb a ferry in the harbour, arresting two men and seizing three explosive devices.",
        LocalDate.of(2024, 6, 3));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.type()).isEqualTo(IncidentType.FOILED_PLOT);
      assertThat(i.casualties().arrested().value()).isEqualTo(2);
      assertThat(i.targets()).extracting(Target::text).anyMatch(w -> w.contains("ferry"));
    });
  }

  @Test
  void helpers_who_tried_to_stop_a_beating_do_not_make_it_an_attempt() {
    List<Incident> all = Engines.incidents("CUSCO, Peru, May 7 (Andes Wire) - A mob beat a councillor with sticks outside "
        + "the town hall in Cusco on Monday. Two aides were punched and kicked as they tried to help him.",
        LocalDate.of(2024, 5, 7));
    assertThat(all).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(Status.ACCOMPLISHED));
  }

  @Test
  void the_abduction_named_after_an_ambush_of_the_rescuers_is_the_abduction_told_first() {
    List<Incident> all = Engines.incidents("GUSAU, Nigeria (Savanna Wire) - Gunmen abducted 30 villagers in a raid on a "
        + "farming community in Zamfara state yesterday, an official said. A police team sent after the "
        + "kidnappers was ambushed outside the village, and two officers were killed. No group claimed the "
        + "abduction.", LocalDate.of(2023, 10, 18));
    assertThat(all).extracting(Incident::type)
        .containsExactlyInAnyOrder(IncidentType.KIDNAPPING, IncidentType.ARMED_ASSAULT);
  }

  @Test
  void a_separate_raid_told_in_the_lead_is_an_incident_of_its_own() {
    List<Incident> all = Engines.incidents("PEMBA, Mozambique (Coast Wire) - Insurgents burned a church in a village in "
        + "Cabo Delgado province on Friday and, in a separate raid two days later, abducted about 20 children, "
        + "officials said.", LocalDate.of(2024, 5, 28));
    assertThat(all).extracting(Incident::type)
        .containsExactlyInAnyOrder(IncidentType.FACILITY_ATTACK, IncidentType.KIDNAPPING);
  }

  @Test
  void a_detail_sentence_after_two_incidents_goes_to_the_one_it_names() {
    List<Incident> all = Engines.incidents("HAT YAI, Thailand (Southern Wire) - A roadside bomb killed two rangers in "
        + "Pattani province on Wednesday night, and early on Thursday insurgents set fire to a phone mast in "
        + "Songkhla province, police said. The bomb exploded as the rangers rode past on a motorcycle. The mast "
        + "fire cut phone services for several villages; nobody was hurt.", LocalDate.of(2024, 3, 15));
    assertThat(all).filteredOn(i -> i.type() == IncidentType.FACILITY_ATTACK).singleElement()
        .satisfies(i -> assertThat(i.casualties().wounded().value()).isZero());
    assertThat(all).filteredOn(i -> i.type() == IncidentType.BOMBING).singleElement()
        .satisfies(i -> assertThat(i.casualties().wounded()).isNull());
  }

  @Test
  void a_siege_the_same_night_as_a_bombing_is_another_incident_on_the_bombing_s_day() {
    List<Incident> all = Engines.incidents("KABUL, June 4 (Hindu Kush Wire) - The government on Tuesday condemned "
        + "Sunday's truck bombing at the Mandawi bazaar, which killed 14 people. It also condemned the siege of the "
        + "Park Palace guesthouse the same night, in which six people died.", LocalDate.of(2024, 6, 4));
    assertThat(all).extracting(Incident::type)
        .containsExactlyInAnyOrder(IncidentType.BOMBING, IncidentType.HOSTAGE_BARRICADE);
    assertThat(all).extracting(i -> i.casualties().killed().value()).containsExactlyInAnyOrder(14, 6);
    assertThat(all).extracting(i -> i.date().start()).containsOnly(LocalDate.of(2024, 6, 2));
  }

  @Test
  void an_attack_hours_after_a_bombing_keeps_the_sentences_that_follow_it() {
    List<Incident> all = Engines.incidents("KABUL, June 3 (Hindu Kush Wire) - Gunmen stormed the Park Palace guesthouse "
        + "in Kabul late on Sunday, hours after a truck bomb exploded at the Mandawi bazaar across the city, police "
        + "said. Five guards were killed when the attackers opened fire in the courtyard.", LocalDate.of(2024, 6, 3));
    assertThat(all).extracting(Incident::type)
        .containsExactlyInAnyOrder(IncidentType.ARMED_ASSAULT, IncidentType.BOMBING);
    assertThat(all).filteredOn(i -> i.type() == IncidentType.ARMED_ASSAULT).singleElement()
        .satisfies(i -> assertThat(i.casualties().killed().value()).isEqualTo(5));
  }

  @Test
  void the_nationality_of_the_soldiers_who_shot_a_victim_named_before_does_not_make_a_second_incident() {
    List<Incident> all = Engines.incidents("A Palestinian schoolgirl was killed in Tubas on Tuesday. She was shot dead "
        + "by Israeli soldiers near her school, the health ministry said.", LocalDate.of(2024, 5, 7));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.location().name()).isEqualTo("Ţūbās");
      assertThat(i.perpetrators()).extracting(p -> p.agency().countryCode()).containsExactly("IL");
    });
  }

  @Test
  void an_attack_hours_later_elsewhere_is_an_incident_of_its_own() {
    List<Incident> all = Engines.incidents("Two bombs went off minutes apart at a bus park in Maiduguri on Friday, killing "
        + "eleven people. Hours later, gunmen attacked a police post in Konduga, killing two officers.",
        LocalDate.of(2024, 6, 8));
    assertThat(all).extracting(Incident::type).containsExactly(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT);
    assertThat(all.get(1).casualties().killed().value()).isEqualTo(2);
  }

  @Test
  void a_bombing_at_a_funeral_is_the_news_and_the_attack_it_came_after_is_recalled_apart() {
    List<Incident> all = Engines.incidents("A suicide bomber blew himself up among mourners at a funeral in Baqubah on "
        + "Wednesday, killing 14 people. The bombing came a day after gunmen killed three policemen at a checkpoint "
        + "near Muqdadiyah.", LocalDate.of(2024, 6, 13));
    assertThat(all).hasSize(2);
    assertThat(all.get(0).background()).isFalse();
    assertThat(all.get(0).date().value()).isEqualTo("2024-06-12");
    assertThat(all.get(0).casualties().killed().value()).isEqualTo(14);
    assertThat(all.get(1).background()).isTrue();
    assertThat(all.get(1).casualties().killed().value()).isEqualTo(3);
  }

  @Test
  void an_attacker_arrested_at_the_scene_belongs_to_the_attack_and_a_ship_off_a_coast_is_the_ship() {
    assertThat(Engines.incidents("A man armed with a knife stabbed four people at a bus station in Essen on Monday "
        + "before being arrested, police said.", LocalDate.of(2024, 6, 11))).hasSize(1);
    assertThat(Engines.incidents("Pirates hijacked a cargo ship off the coast of Somalia on Thursday, the navy said.",
        LocalDate.of(2024, 6, 14))).singleElement().satisfies(i -> {
          assertThat(i.targets()).extracting(Target::text).containsExactly("cargo ship");
          assertThat(i.perpetrators()).extracting(Perpetrator::mention).containsExactly("Pirates");
        });
  }

  @Test
  void captives_later_killed_are_the_kidnappings_toll_not_another_attack() {
    List<Incident> all = Engines.incidents("Insurgents abducted seven people, including four men and three women, in "
        + "Macomia, Cabo Delgado, Mozambique, on Sunday. The four men were later beheaded.", LocalDate.of(2021, 6, 22));
    assertThat(all).singleElement().satisfies(i -> {
      assertThat(i.type()).isEqualTo(IncidentType.KIDNAPPING);
      assertThat(i.casualties().killed()).isEqualTo(Count.exact(4));
    });
  }
}
