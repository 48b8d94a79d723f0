package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.extract.Target;
import org.vigil.extract.TargetType;

/** Which of the engine's targets MUC-4 counts as physical targets. */
class TargetKindsTest {

  private static boolean physical(TargetType type, String text) {
    return TargetKinds.physical(new Target(type, text));
  }

  @Test
  void a_building_or_vehicle_is_physical_whatever_its_target_type() {
    assertThat(physical(TargetType.GOVERNMENT, "RESIDENCE OF COLONEL CARRANZA")).isTrue();
    assertThat(physical(TargetType.POLICE, "WHITE NISSAN PATROL VEHICLE")).isTrue();
    assertThat(physical(TargetType.DIPLOMATIC, "SALVADORAN EMBASSY")).isTrue();
  }

  @Test
  void people_and_bodies_of_people_are_not_physical() {
    assertThat(physical(TargetType.GOVERNMENT, "BOLIVIAN PRESIDENT JAIME PAZ")).isFalse();
    assertThat(physical(TargetType.DIPLOMATIC, "EGYPTIAN AMBASSADOR")).isFalse();
    assertThat(physical(TargetType.GOVERNMENT, "REGISTRY OFFICE PERSONNEL")).isFalse();
    assertThat(physical(TargetType.MILITARY, "INFANTRY BRIGADE")).isFalse();
  }

  @Test
  void people_named_with_the_place_they_belong_to_are_not_physical() {
    assertThat(physical(TargetType.EDUCATIONAL, "RECTOR OF THE SAN MARCOS NATIONAL UNIVERSITY")).isFalse();
    assertThat(physical(TargetType.EDUCATIONAL, "university lecturer")).isFalse();
  }

  @Test
  void a_neighbourhood_or_village_is_where_it_happened_not_what_was_attacked() {
    assertThat(physical(TargetType.PRIVATE_CITIZENS, "SAN BENITO NEIGHBORHOOD")).isFalse();
    assertThat(physical(TargetType.BUSINESS, "EASTERN DISTRICT")).isFalse();
    assertThat(physical(TargetType.PRIVATE_CITIZENS, "VILLAGE")).isFalse();
    assertThat(physical(TargetType.GOVERNMENT, "DISTRICT HEADQUARTERS")).isTrue();
  }

  @Test
  void without_a_telling_word_the_target_type_decides() {
    assertThat(physical(TargetType.UTILITIES, "ELECTRICITY GRID")).isTrue();
    assertThat(physical(TargetType.PRIVATE_CITIZENS, "SHOPPERS")).isFalse();
  }
}
