package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A feature whose value is given in parts is the feature of the joined value. */
class FeaturesTest {

  @Test
  void a_value_given_in_parts_hashes_as_the_joined_value() {
    String[][] values = {{"PERP", "np"}, {"", ""}, {"GROUP", "é/ü"}, {"TARGET", "a much longer value, of many characters"}};
    for (String[] v : values) {
      Features parts = new Features(18).add("kv", v[0], '/', v[1]).add("k3", v[0], '_', v[1], v[0]);
      Features joined = new Features(18).add("kv", v[0] + "/" + v[1]).add("k3", v[0] + "_" + v[1] + "_" + v[0]);
      assertThat(parts.vector()).isEqualTo(joined.vector());
    }
  }

  @Test
  void a_number_value_is_the_feature_of_its_decimal_string() {
    for (int v : new int[] {0, 7, -2, 10, 42, -305, 1_000_000_007, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThat(new Features(18).add("len", v).vector()).isEqualTo(new Features(18).add("len", String.valueOf(v)).vector());
    }
    assertThat(new Features(18).add("len", 3).vector()).isNotEqualTo(new Features(18).add("len", 4).vector());
  }

  @Test
  void different_parts_make_different_features() {
    FeatureVector a = new Features(18).add("kv", "PERP", '/', "np").vector();
    FeatureVector b = new Features(18).add("kv", "PERP", '/', "of").vector();
    assertThat(a).isNotEqualTo(b);
  }
}
