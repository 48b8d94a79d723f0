package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.report.Report;

/**
 * Classes of toll errors found on real summaries (issue 14), each with sentences of our own: one
 * person named by a longer noun phrase, and the wounded who later died.
 */
class CasualtyClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 11);

  private static Casualties casualties(String text) {
    List<Incident> incidents = Engines.bundled().extract(Report.of("test", text, PUBLISHED)).incidents();
    assertThat(incidents).isNotEmpty();
    return incidents.get(0).casualties();
  }

  @Test
  void the_driver_of_the_lorry_is_one_person_killed_and_the_lorry_no_second() {
    assertThat(casualties("Gunmen opened fire on a lorry near Zaria, Nigeria. The driver of the lorry was killed.")
        .killed()).isEqualTo(Count.exact(1));
    assertThat(casualties("Bandits attacked a hamlet in Kebbi, Nigeria. The head of the hamlet was killed.")
        .killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_member_of_a_force_written_with_its_acronym_is_one_person_killed() {
    assertThat(casualties("Militants stormed a checkpoint in Ghor, Afghanistan. An Afghan Local Police (ALP) member "
        + "was killed in the fighting.").killed()).isEqualTo(Count.exact(1));
    assertThat(casualties("A roadside bomb went off in Ghazni, Afghanistan. One Afghan Border Police officer was "
        + "killed in the blast.").killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void the_number_of_attackers_before_an_active_verb_is_not_a_toll() {
    Casualties c = casualties("Two gunmen killed three shoppers at a market in Kano, Nigeria, on Monday.");
    assertThat(c.killed()).isEqualTo(Count.exact(3));
    assertThat(c.perpetratorsKilled()).isNull();
    assertThat(casualties("Four militants wounded two policemen in a gun attack on a checkpoint in Quetta, Pakistan.")
        .wounded()).isEqualTo(Count.exact(2));
    assertThat(casualties("Two soldiers killed in a roadside bombing near Mosul, Iraq.").killed())
        .isEqualTo(Count.exact(2));
  }

  @Test
  void one_person_shot_dead_gunned_down_or_stabbed_to_death_is_one_killed() {
    assertThat(casualties("A policeman was shot dead in Kano, Nigeria, on Monday.").killed()).isEqualTo(Count.exact(1));
    assertThat(casualties("The mayor of Tixtla was shot dead on Tuesday.").killed()).isEqualTo(Count.exact(1));
    assertThat(casualties("A teacher was gunned down outside a school in Kano, Nigeria, on Monday.").killed())
        .isEqualTo(Count.exact(1));
    Casualties stabbed = casualties("A trader was stabbed to death at a market in Kano, Nigeria, on Monday.");
    assertThat(stabbed.killed()).isEqualTo(Count.exact(1));
    assertThat(stabbed.wounded()).isNull();
  }

  @Test
  void the_people_a_verb_of_harm_takes_as_its_object_are_not_the_subject_of_the_next_verb() {
    Casualties c = casualties("Gunmen who killed two farmers near Jos, Nigeria, on Sunday were arrested on Monday.");
    assertThat(c.killed()).isEqualTo(Count.exact(2));
    assertThat(c.arrested()).isNull();
  }

  @Test
  void the_attacker_shot_dead_after_wounding_people_does_not_make_the_wounded_dead() {
    Casualties c = casualties("A gunman opened fire at a bus stop in Haifa, Israel, on Thursday, killing three people "
        + "and wounding at least eight before he was shot dead by police.");
    assertThat(c.killed()).isEqualTo(Count.exact(3));
    assertThat(c.wounded()).isEqualTo(new Count(8, Qualifier.AT_LEAST));
  }

  @Test
  void a_man_wounded_who_later_died_is_killed_and_no_longer_wounded() {
    Casualties c = casualties("A bomb went off near a patrol in Sirnak, Turkey. A soldier was wounded in the blast "
        + "and later died of his wounds.");
    assertThat(c.killed()).isEqualTo(Count.exact(1));
    assertThat(c.wounded()).isEqualTo(Count.exact(0));
  }

  @Test
  void one_of_the_wounded_this_report_counts_who_died_is_taken_from_them() {
    Casualties c = casualties("A bomb hit an army truck near Kismayo, Somalia. Five soldiers were injured in the "
        + "blast, and one of them later died of his wounds.");
    assertThat(c.killed()).isEqualTo(Count.exact(1));
    assertThat(c.wounded()).isEqualTo(Count.exact(4));
  }

  @Test
  void a_named_official_severely_injured_who_succumbed_is_one_killed() {
    assertThat(casualties("A bomb struck the car of Karim Dawood in Peshawar, Pakistan. Dawood, a local party "
        + "leader, was severely injured and later succumbed to his injuries.").killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_wounded_man_who_died_with_no_wounded_counted_here_is_an_increase_over_an_earlier_toll() {
    Casualties c = casualties("Another wounded man died in hospital on Tuesday after the bombing in Quetta, Pakistan.");
    assertThat(c.killed()).isNull();
    assertThat(c.killedAdded()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_bomber_who_died_besides_those_he_killed_counts_among_the_killed() {
    Casualties c = casualties("A suicide bomber blew himself up at a checkpoint in Kunar, Afghanistan. In addition "
        + "to the bomber, three police officers were killed and two were wounded.");
    assertThat(c.killed()).isEqualTo(Count.exact(4));
    assertThat(c.perpetratorsKilled()).isEqualTo(Count.exact(1));
    assertThat(casualties("A suicide bomber struck a convoy in Mogadishu, Somalia. Aside from the death of the "
        + "bomber, six soldiers were injured.").killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void two_people_joined_by_and_before_a_plural_verb_are_two_killed() {
    assertThat(casualties("A bomb fixed to a police car went off in Herat, Afghanistan. The district police chief "
        + "and a bodyguard were killed.").killed()).isEqualTo(Count.exact(2));
    assertThat(casualties("Gunmen fired on the car of Samir Rahimi, a judge, in Kabul, Afghanistan. Rahimi and his "
        + "driver were killed.").killed()).isEqualTo(Count.exact(2));
    assertThat(casualties("Gunmen stormed a house in Baquba, Iraq. A tribal sheikh and two of his sons were killed.")
        .killed()).isEqualTo(Count.exact(3));
  }

  @Test
  void a_person_killed_by_name_or_by_office_and_name_or_with_a_bracketed_force_is_one() {
    assertThat(casualties("Gunmen shot and killed Nasrullah, a district judge, in Jalalabad, Afghanistan.")
        .killed()).isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen shot and killed traditional leader Chief Sipho Dube in Nkomazi, South Africa.")
        .killed()).isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen shot and killed a Territorial Defence Volunteers (TDV) member in Yala, Thailand.")
        .killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void people_beheaded_were_killed() {
    assertThat(casualties("Militants raided a village in Cabo Delgado, Mozambique. Four villagers were beheaded.")
        .killed()).isEqualTo(Count.exact(4));
  }

  @Test
  void a_toll_across_several_attacks_is_shared_evenly_by_the_one_the_report_tells_of() {
    Casualties c = casualties("Gunmen attacked a police post in Kunduz, Afghanistan. This was one of two related "
        + "attacks in the province on Tuesday. Ten police officers were killed and six were wounded across both attacks.");
    assertThat(c.killed()).isEqualTo(Count.exact(5));
    assertThat(c.wounded()).isEqualTo(Count.exact(3));
    assertThat(casualties("Militants raided a village in Tillaberi, Niger. This was one of three coordinated attacks "
        + "in the area. At least 16 civilians were killed across the attacks.").killed())
        .isEqualTo(new Count(5, Qualifier.ABOUT));
  }

  @Test
  void a_toll_across_both_blasts_of_twin_bombings_told_as_one_stays_whole() {
    assertThat(casualties("Two bombs exploded minutes apart at a market in Maiduguri, Nigeria, on Sunday. "
        + "Twenty people were killed across both blasts.").killed()).isEqualTo(Count.exact(20));
  }

  @Test
  void people_who_were_among_those_killed_are_part_of_the_toll_written_after_among() {
    assertThat(casualties("Three aid workers were among 14 people killed when gunmen attacked a convoy near Kidal, "
        + "Mali, on Tuesday.").killed()).isEqualTo(Count.exact(14));
    assertThat(casualties("At least 14 people, among them three aid workers, were killed when gunmen attacked a "
        + "convoy near Kidal, Mali, on Tuesday.").killed().value()).isEqualTo(14);
  }

  @Test
  void an_official_and_his_two_bodyguards_killed_are_three() {
    assertThat(casualties("A roadside bomb killed a police chief and his two bodyguards in Kunar, Afghanistan, on "
        + "Tuesday.").killed()).isEqualTo(Count.exact(3));
  }

  @Test
  void one_person_named_after_a_counted_group_is_counted_with_it() {
    assertThat(casualties("A car bomb went off outside a bank in Kirkuk, Iraq, on Monday, killing two guards and a "
        + "shopkeeper.").killed()).isEqualTo(Count.exact(3));
    assertThat(casualties("Gunmen fired on a bus near Quetta, Pakistan, on Monday, wounding five passengers and the "
        + "driver.").wounded()).isEqualTo(Count.exact(6));
    assertThat(casualties("Ten people died in a raid on a farm near Jos, Nigeria, including six herders and the "
        + "gunman.").killed()).isEqualTo(Count.exact(10));
  }

  @Test
  void others_wounded_after_one_person_killed_are_not_one_more() {
    Casualties c = casualties("A soldier was killed and two others wounded when their truck hit a mine near Gao, Mali, "
        + "on Monday.");
    assertThat(c.killed()).isEqualTo(Count.exact(1));
    assertThat(c.wounded()).isEqualTo(Count.exact(2));
  }

  @Test
  void a_person_assassinated_is_one_killed_and_those_also_killed_add_to_him() {
    assertThat(casualties("Gunmen assassinated a judge in Peshawar, Pakistan, on Monday.").killed())
        .isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen shot dead interior minister Farid Osmani in Kabul on Monday.").killed())
        .isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen killed a judge in Peshawar, Pakistan, on Monday. Two of his guards were also "
        + "killed, police said.").killed()).isEqualTo(Count.exact(3));
    assertThat(casualties("Mining minister Farid Osmani was assassinated in Kabul on Monday during an attack in which "
        + "two members of his escort were also killed.").killed()).isEqualTo(Count.exact(3));
  }

  @Test
  void a_person_named_with_a_burmese_honorific_or_a_hyphenated_name_is_one_killed() {
    assertThat(casualties("Gunmen stabbed and killed U Tin Maung in Sagaing, Myanmar, on Monday.").killed())
        .isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen opened fire on Hassan al-Khatib in Jasim, Daraa, Syria. Al-Khatib, a local council "
        + "member, was killed in the attack.").killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_hostage_then_killed_is_one_killed() {
    assertThat(casualties("Gunmen abducted a police officer in Cali, Valle del Cauca, Colombia. The hostage was then "
        + "killed.").killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void another_after_a_toll_is_one_more_person_harmed() {
    Casualties c = casualties("Gunmen opened fire on a militia patrol in Puli Alam, Logar, Afghanistan. Two militia "
        + "members were killed, and another was injured in the attack.");
    assertThat(c.killed()).isEqualTo(Count.exact(2));
    assertThat(c.wounded()).isEqualTo(Count.exact(1));
    assertThat(casualties("A bomb exploded near a bus station in Quetta, Pakistan. One police officer was killed and "
        + "another officer was wounded.").wounded()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_relative_named_by_the_victims_possessive_is_one_person() {
    assertThat(casualties("Gunmen shot dead a radio presenter near Taxco, Guerrero, Mexico. The presenter's son was "
        + "injured in the attack.").wounded()).isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen abducted a village chief, Garba Sule, in Funtua, Katsina, Nigeria. Sule's wife was "
        + "injured in the attack.").wounded()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_figure_coordinated_with_a_vague_quantity_shares_its_verb() {
    Casualties c = casualties("Gunmen attacked an army base in Damboa, Borno, Nigeria. At least four soldiers and "
        + "several attackers were killed and another soldier was injured in the attack.");
    assertThat(c.killed()).isEqualTo(new Count(4, Qualifier.AT_LEAST));
    assertThat(c.wounded()).isEqualTo(Count.exact(1));
  }

  @Test
  void livestock_a_day_and_the_body_a_victim_belonged_to_are_not_more_dead() {
    assertThat(casualties("Gunmen raided a farm and killed 30 cows in Gboko, Benue, Nigeria. No one was hurt.")
        .killed()).isEqualTo(Count.exact(0));
    assertThat(casualties("Gunmen abducted a district official in Adigrat, Tigray, Ethiopia. The hostage was killed "
        + "the next day.").killed()).isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen opened fire on aid workers in Malakal, South Sudan. One member of the relief agency "
        + "was killed and another aid worker was injured.").killed()).isEqualTo(Count.exact(1));
  }

  @Test
  void a_person_and_his_relatives_or_guards_are_counted_once_each() {
    assertThat(casualties("Gunmen attacked a farm near Sapele, Delta, Nigeria. A farmer and his two sons were killed "
        + "in the attack.").killed()).isEqualTo(Count.exact(3));
    assertThat(casualties("Gunmen shot dead a district chairman and his two bodyguards near Sapele, Delta, Nigeria, "
        + "on Monday.").killed()).isEqualTo(Count.exact(3));
    assertThat(casualties("Gunmen attacked a farm near Sapele, Delta, Nigeria. One farmer and his three daughters were "
        + "killed in the attack.").killed()).isEqualTo(Count.exact(4));
  }

  @Test
  void an_age_describes_a_person_and_is_no_count_of_people() {
    assertThat(casualties("A 26-year-old man was shot dead in Kisumu, Kenya, on Tuesday.").killed())
        .isEqualTo(Count.exact(1));
    assertThat(casualties("Gunmen killed a 45-year-old farmer and his two sons near Kisumu, Kenya, on Tuesday.").killed())
        .isEqualTo(Count.exact(3));
    assertThat(casualties("Two 19-year-olds were wounded in a shooting in Kisumu, Kenya, on Tuesday.").wounded())
        .isEqualTo(Count.exact(2));
  }

  @Test
  void an_aside_between_commas_does_not_hide_who_was_killed() {
    assertThat(casualties("A bomb went off in a market in Kismayo, Somalia, on Tuesday. At least six people, including "
        + "Hassan Ali, a district elder, were killed.").killed()).isEqualTo(new Count(6, Qualifier.AT_LEAST));
    assertThat(casualties("Gunmen attacked a village near Tahoua, Niger, on Tuesday. Two villagers, a teacher and a "
        + "retired nurse, were killed in the attack.").killed()).isEqualTo(Count.exact(2));
    assertThat(casualties("A roadside bomb hit a militia truck near Baquba, Iraq, on Tuesday. Two people, including the "
        + "commander of the 3rd Battalion of the Salahuddin brigade and his deputy, were killed.").killed())
        .isEqualTo(Count.exact(2));
    assertThat(casualties("Militants attacked a village near Galkayo, Somalia, on Tuesday. Twelve people, including five "
        + "attackers were killed.").killed()).isEqualTo(Count.exact(12));
  }

  @Test
  void a_person_whose_first_name_is_also_a_town_is_still_one_person_killed() {
    assertThat(casualties("Gunmen shot and killed Darwin Okello, a trader, in Gulu, Uganda, on Tuesday.").killed())
        .isEqualTo(Count.exact(1));
  }

  @Test
  void the_bodies_of_people_found_after_an_attack_are_its_dead() {
    assertThat(casualties("Gunmen raided a village in Zamfara, Nigeria, on Monday. The bodies of seven men were found on "
        + "Wednesday.").killed()).isEqualTo(Count.exact(7));
  }
}

