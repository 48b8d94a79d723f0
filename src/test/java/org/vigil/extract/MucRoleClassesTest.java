package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Classes of role-filler errors found on the MUC-4 development messages (issue 14), each with a
 * short report of our own: the weapon is the whole phrase that names its form ("dynamite
 * sticks", "a charge of dynamite"), not its material alone and not a stick used as a club.
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
}
