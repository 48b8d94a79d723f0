package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of role-filler errors found on the MUC-4 development messages (issue 14), each with a
 * short report of our own: the weapon is the whole phrase that names its form ("dynamite
 * sticks", "a charge of dynamite"), not its material alone and not a stick used as a club; the
 * house a victim was leaving or entering is where the attackers found him, not what they attacked;
 * bullets say a firearm was used without naming the weapon; the gasoline of a gasoline station
 * is no weapon.
 */
class MucRoleClassesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(1990, 2, 14);

  private static Incident first(String text) {
    return Engines.first(text, PUBLISHED);
  }

  @Test
  void dynamite_sticks_are_one_explosive_weapon_not_dynamite_and_clubs() {
    Incident i = first("Two men threw dynamite sticks at the door of a bank branch in Cusco, Peru, on Monday night, "
        + "damaging its front.");
    assertThat(i.weapons()).extracting(Weapon::text).contains("dynamite sticks");
    assertThat(i.weapons()).extracting(Weapon::type).doesNotContain(WeaponType.MELEE);
  }

  @Test
  void a_charge_of_dynamite_is_named_with_its_charge() {
    Incident i = first("A charge of dynamite exploded outside the town hall of Huanta, Peru, on Sunday, "
        + "breaking its windows.");
    assertThat(i.weapons()).extracting(Weapon::text).contains("charge of dynamite");
  }

  @Test
  void the_home_a_victim_was_leaving_is_no_target() {
    Incident i = first("Gunmen shot dead a court clerk, Mateo Quispe, as he was leaving his home in Huancayo, Peru, "
        + "on Tuesday morning.");
    assertThat(i.targets()).extracting(Target::text).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("home"));
  }

  @Test
  void a_house_a_bomb_exploded_at_stays_a_target() {
    Incident i = first("A bomb exploded at his house in Huancayo, Peru, on Tuesday, wounding the court clerk Mateo Quispe.");
    assertThat(i.targets()).extracting(Target::text).anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("house"));
  }

  @Test
  void a_report_that_opens_with_a_dwelling_word_is_read() {
    Incident i = first("Houses of three farmers were burned by armed men near Puno, Peru, on Friday.");
    assertThat(i.targets()).extracting(Target::text).anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("houses"));
  }

  @Test
  void a_woman_kidnapped_from_her_house_was_taken_not_her_house_attacked() {
    Incident i = first("Armed men kidnapped a businesswoman from her house in Cali, Colombia, on Sunday night.");
    assertThat(i.targets()).extracting(Target::text).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("house"));
  }

  @Test
  void a_man_riddled_with_bullets_was_shot_but_bullets_name_no_weapon() {
    Incident i = first("A municipal councillor, Rafael Ccoyllo, was found riddled with bullets on a road near Puno, Peru, "
        + "on Wednesday, after unidentified men shot him.");
    assertThat(i.weapons()).extracting(Weapon::type).contains(WeaponType.FIREARMS);
    assertThat(i.weapons()).filteredOn(w -> !w.implied()).extracting(Weapon::text).doesNotContain("bullets");
  }

  @Test
  void the_gasoline_of_a_gasoline_station_is_no_weapon() {
    Incident i = first("A bomb destroyed the pumps of a gasoline station on the road to Cusco, Peru, on Thursday night.");
    assertThat(i.weapons()).extracting(Weapon::type).containsExactly(WeaponType.EXPLOSIVES);
  }

  @Test
  void an_incendiary_bomb_is_one_incendiary_weapon_not_a_word_and_a_bomb() {
    Incident i = first("Unknown men threw two incendiary bombs at the offices of a farm cooperative in Ayacucho, Peru, "
        + "on Saturday night, burning its archive.");
    assertThat(i.weapons()).filteredOn(w -> !w.implied()).extracting(Weapon::text).contains("incendiary bombs")
        .doesNotContain("incendiary", "bombs");
    assertThat(i.weapons()).extracting(Weapon::type).contains(WeaponType.INCENDIARY);
  }

  @Test
  void bank_branches_in_capitals_are_the_target_without_the_word_that_counts_them() {
    Incident i = first("LIMA, 14 FEB 90 -- [TEXT] TERRORISTS BOMBED VARIOUS PRIVATE BANK BRANCHES IN MIRAFLORES, LIMA, "
        + "LAST NIGHT.");
    assertThat(i.targets()).extracting(Target::text).contains("PRIVATE BANK BRANCHES");
    Incident offices = first("LIMA, 14 FEB 90 -- [TEXT] DYNAMITE CHARGES EXPLODED LAST NIGHT AT VARIOUS GOVERNMENT OFFICES "
        + "IN MIRAFLORES, LIMA, CAUSING HEAVY DAMAGE.");
    assertThat(offices.targets()).extracting(Target::text).contains("GOVERNMENT OFFICES");
  }
}
