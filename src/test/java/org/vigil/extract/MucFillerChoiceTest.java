package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Which phrase fills a role inside a report that does tell of an incident (issue 14), each class
 * with a short report of our own: a word for fighters that only qualifies the attack ("a terrorist
 * attack") says who is blamed but describes and counts no people; "bomb" as a verb names no
 * weapon; weapons seized after the attack were not used in it; in all-capitals copy a name stops
 * before a common word ("... MORALES ALMOST AT THE DOOR"); "attacked by land and air the
 * guerrillas" names the guerrillas as those attacked, not as its authors; the names listed after
 * a named victim are victims too.
 */
class MucFillerChoiceTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 3, 6);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void a_terrorist_attack_describes_no_terrorist() {
    Incident i = first("A retired judge died in Lima, Peru, on Monday of the wounds he received in a terrorist attack "
        + "on his car last week.");
    assertThat(i.perpetrators()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.individuals()).isNull();
      assertThat(p.count()).isNull();
    });
  }

  @Test
  void a_terrorist_who_threw_a_grenade_is_described() {
    Incident i = first("A terrorist threw a grenade at a police patrol in Huancayo, Peru, on Monday, wounding two officers.");
    assertThat(i.perpetrators()).extracting(Perpetrator::individuals).contains("terrorist");
  }

  @Test
  void bomb_as_a_verb_names_no_weapon() {
    Incident i = first("Union leaders said the air force continues to bomb the suburbs of San Miguel, El Salvador, "
        + "and that 12 civilians were killed on Monday.");
    assertThat(i.weapons()).isNotEmpty().allSatisfy(w -> assertThat(w.implied()).isTrue());
    assertThat(i.weapons()).extracting(Weapon::type).contains(WeaponType.EXPLOSIVES);
  }

  @Test
  void bombs_after_said_that_are_the_weapon() {
    Incident i = first("Police said that bombs exploded at two banks in Lima, Peru, on Monday, wounding three guards.");
    assertThat(i.weapons()).filteredOn(w -> !w.implied()).extracting(Weapon::text).contains("bombs");
  }

  @Test
  void rifles_seized_after_the_attack_were_not_its_weapon() {
    Incident i = first("Guerrillas attacked a police post in Ilobasco, El Salvador, on Monday, killing four policemen, "
        + "and seized 4 M-16 rifles.");
    assertThat(i.weapons()).filteredOn(w -> !w.implied()).isEmpty();
  }

  @Test
  void explosives_seized_from_plotters_are_the_plot_s_weapon() {
    Incident i = first("Police arrested two men who were planning an attack on a market in Lahore, Pakistan, on Monday "
        + "and seized 20 kilograms of explosives from their house.");
    assertThat(i.weapons()).extracting(Weapon::type).contains(WeaponType.EXPLOSIVES);
  }

  @Test
  void a_name_in_capitals_stops_before_a_common_word() {
    Incident i = first("BOGOTA, 5 MAR 90 -- GUNMEN KILLED CONGRESSMAN RAFAEL OSPINA MORALES ALMOST AT THE DOOR OF HIS "
        + "HOUSE IN MEDELLIN YESTERDAY.");
    assertThat(i.victims()).extracting(Victim::text).contains("RAFAEL OSPINA MORALES")
        .noneMatch(v -> v.contains("ALMOST"));
  }

  @Test
  void those_attacked_after_by_land_and_air_are_not_its_authors() {
    String text = "SAN SALVADOR, 15 NOV 89 -- THE ARMY TODAY ATTACKED BY LAND AND AIR THE GUERRILLAS WHO HAD OCCUPIED "
        + "A RESIDENTIAL AREA IN SOUTHWESTERN SAN SALVADOR.";
    assertThat(Engines.incidents(text, PUBLISHED)).flatExtracting(Incident::perpetrators)
        .extracting(Perpetrator::mention).doesNotContain("GUERRILLAS");
  }

  @Test
  void people_right_after_by_are_its_authors() {
    Incident i = first("A bus driver was shot dead on Monday in Huancayo, Peru, by a group of heavily armed men.");
    assertThat(i.perpetrators()).extracting(Perpetrator::individuals).anyMatch(p -> p != null && p.contains("men"));
  }

  @Test
  void the_names_listed_after_a_victim_are_victims_too() {
    Incident i = first("LIMA, 16 NOV 89 -- ARMED MEN MURDERED THE TEACHERS MATEO QUISPE HUAMAN, ROSA CCAHUANA, "
        + "AND JULIO PAUCAR TITO, WHO TAUGHT IN HUANCAYO, TODAY.");
    assertThat(i.victims()).filteredOn(Victim::named).extracting(Victim::text)
        .contains("ROSA CCAHUANA", "JULIO PAUCAR TITO");
  }

  @Test
  void a_list_of_names_ends_before_who_told_of_it() {
    Incident i = first("Gunmen killed the journalist Mateo Quispe Huaman, Peruvian police said on Monday in Lima.");
    assertThat(i.victims()).extracting(Victim::text).noneMatch(v -> v.contains("police"));
  }
}
