package org.vigil.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FillersTest {

  @Test
  void an_optional_filler_with_alternatives_and_a_cross_reference_is_split_into_its_parts() {
    Fillers f = Fillers.parse("? \"REDE GLOBO JOURNALIST\" / \"JOURNALIST\": \"CARLOS MARCELO\"");
    assertThat(f.optional()).isTrue();
    assertThat(f.strings()).containsExactly("REDE GLOBO JOURNALIST", "JOURNALIST");
    assertThat(f.crossRefs()).containsExactly("CARLOS MARCELO");
  }

  @Test
  void null_fills_and_set_fills_are_told_apart() {
    assertThat(Fillers.parse("*").isNull()).isTrue();
    assertThat(Fillers.parse("-").isNull()).isTrue();
    assertThat(Fillers.parse("BOMBING / ATTACK").words()).containsExactly("BOMBING", "ATTACK");
  }
}
