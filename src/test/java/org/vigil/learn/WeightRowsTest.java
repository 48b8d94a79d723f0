package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightRowsTest {

  private static final int BITS = 10;
  private static final int LABELS = 3;

  /** A weight table where about two features in three have no weight, as in a trained model. */
  private static float[] sparseWeights(long seed) {
    Random r = new Random(seed);
    float[] w = new float[(1 << BITS) * LABELS];
    for (int i = 0; i < 1 << BITS; i++) {
      if (r.nextInt(3) == 0) {
        for (int l = 0; l < LABELS; l++) {
          w[i * LABELS + l] = (float) r.nextGaussian();
        }
      }
    }
    return w;
  }

  @Test
  void a_model_scores_every_feature_as_its_full_weight_table_does() {
    float[] w = sparseWeights(7);
    float[] bias = {0.5f, -0.25f, 0.125f};
    LinearModel model = new LinearModel(List.of("none", "a", "b"), BITS, w, bias);
    Random r = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      Features f = new Features(BITS);
      for (int k = 0; k < 40; k++) {
        f.add("w", Integer.toString(r.nextInt(5000)), r.nextFloat());
      }
      FeatureVector x = f.vector();
      double[] expected = {bias[0], bias[1], bias[2]};
      for (int k = 0; k < x.size(); k++) {
        for (int l = 0; l < LABELS; l++) {
          expected[l] += w[x.index(k) * LABELS + l] * x.value(k);
        }
      }
      assertThat(model.scores(x)).containsExactly(expected);
    }
  }

  @Test
  void a_collector_scored_without_its_vector_gives_the_vectors_scores_and_probabilities() {
    LinearModel model = new LinearModel(List.of("none", "a", "b"), BITS, sparseWeights(5), new float[] {0.5f, 0f, -1f});
    Random r = new Random(9);
    for (int trial = 0; trial < 200; trial++) {
      Features f = new Features(BITS);
      for (int k = 0; k < 40; k++) {
        f.add("w", Integer.toString(r.nextInt(300)), r.nextFloat()); // repeats, as a report's words do
      }
      double[] fromVector = model.scores(f.vector());
      double[] direct = model.scores(f);
      double[] others = {1, 2, 3};
      double[] p = model.probabilities(f, others);
      double[] q = model.probabilities(f.vector(), others);
      for (int l = 0; l < LABELS; l++) {
        assertThat(direct[l]).isCloseTo(fromVector[l], org.assertj.core.data.Offset.offset(1e-5));
        assertThat(p[l]).isCloseTo(q[l], org.assertj.core.data.Offset.offset(1e-6));
      }
    }
    Features wide = new Features(20).add("word", "bomb").add("word", "rose");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> model.scores(wide))
        .hasMessageContaining("outside the model's");
  }

  @Test
  void only_the_features_with_a_weight_are_kept() {
    float[] w = sparseWeights(11);
    WeightRows rows = new WeightRows(w, LABELS);
    int nonZero = 0;
    for (int i = 0; i < 1 << BITS; i++) {
      boolean any = w[i * LABELS] != 0 || w[i * LABELS + 1] != 0 || w[i * LABELS + 2] != 0;
      nonZero += any ? 1 : 0;
      assertThat(rows.has(i)).isEqualTo(any);
      for (int l = 0; l < LABELS; l++) {
        assertThat(rows.weight(i, l)).isEqualTo(w[i * LABELS + l]);
      }
    }
    assertThat(rows.count()).isEqualTo(nonZero).isBetween(250, 450);
  }
}
