package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyHashesTest {

  @Test
  void every_string_of_the_set_is_held_whatever_sequence_spells_it() {
    List<String> skeletons = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      skeletons.add("sidibuzid" + i);
    }
    KeyHashes set = KeyHashes.of(skeletons);
    for (String s : skeletons) {
      assertThat(set.mayHold(new StringBuilder(s))).as(s).isTrue();
    }
  }

  @Test
  void strings_outside_the_set_are_turned_away_unless_their_hash_is_one_of_it() {
    KeyHashes set = KeyHashes.of(Set.of("kandahar", "kabul"));
    int passed = 0;
    for (int i = 0; i < 10_000; i++) {
      passed += set.mayHold("kabul" + i) ? 1 : 0;
    }
    assertThat(passed).isZero();
    assertThat(set.mayHold("")).isFalse();
    assertThat(set.mayHold("qandahar")).isFalse();
  }

  @Test
  void a_sequence_the_index_cannot_hash_may_be_held_only_by_a_set_with_such_a_string() {
    assertThat(KeyHashes.of(Set.of("kabul")).mayHold("الموصل")).isFalse();
    assertThat(KeyHashes.of(Set.of("kabul", "الموصل")).mayHold("الموصل")).isTrue();
  }
}
