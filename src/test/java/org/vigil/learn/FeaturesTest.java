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
  void different_parts_make_different_features() {
    FeatureVector a = new Features(18).add("kv", "PERP", '/', "np").vector();
    FeatureVector b = new Features(18).add("kv", "PERP", '/', "of").vector();
    assertThat(a).isNotEqualTo(b);
  }
}
