package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountryVotesTest {

  @Test
  void votes_add_up_to_the_last_bit_as_a_stream_of_them_would() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      List<Double> votes = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        votes.add(random.nextBoolean() ? random.nextDouble() : 3.0 / (1 + random.nextInt(5)) + random.nextDouble() * 1e-9);
      }
      double expected = votes.stream().mapToDouble(Double::doubleValue).sum();
      assertThat(Double.doubleToLongBits(CountryVotes.sum(votes))).as("%s", votes)
          .isEqualTo(Double.doubleToLongBits(expected));
    }
    assertThat(CountryVotes.sum(List.of())).isZero();
  }
}
