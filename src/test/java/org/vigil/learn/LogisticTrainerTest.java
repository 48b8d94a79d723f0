package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {

  private static final List<String> LABELS = List.of("none", "perpetrator");

  /**
   * Phrases after "by" are perpetrators, after "in" not; each phrase also carries its own word,
   * seen in that one example only, that happens to agree with its label.
   */
  private static List<Example> phrases() {
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean by = i % 2 == 0;
      Features f = new Features(12).add("prev", by ? "by" : "in").add("word", "name" + i);
      out.add(Example.of(f.vector(), by ? "perpetrator" : "none"));
    }
    return out;
  }

  private static LinearModel trained(int minCount) {
    return new LogisticTrainer(LogisticTrainer.Settings.defaults().withBits(12).withMinCount(minCount))
        .train(phrases(), LABELS);
  }

  @Test
  void a_word_seen_in_one_example_only_weighs_nothing_under_a_min_count() {
    FeatureVector name = new Features(12).add("word", "name0").vector();
    assertThat(trained(1).probability(name, "perpetrator")).isGreaterThan(0.6);
    LinearModel pruned = trained(2);
    assertThat(pruned.scores(name)).containsExactly(pruned.scores(new Features(12).vector()));
  }

  @Test
  void features_seen_often_enough_are_still_learned() {
    FeatureVector by = new Features(12).add("prev", "by").vector();
    FeatureVector in = new Features(12).add("prev", "in").vector();
    LinearModel model = trained(2);
    assertThat(model.probability(by, "perpetrator")).isGreaterThan(0.9);
    assertThat(model.probability(in, "perpetrator")).isLessThan(0.1);
  }

  @Test
  void averaged_weights_learn_the_same_rule_and_are_repeatable() {
    LogisticTrainer averaged = new LogisticTrainer(LogisticTrainer.Settings.defaults().withBits(12).withAverage(true));
    LinearModel model = averaged.train(phrases(), LABELS);
    FeatureVector by = new Features(12).add("prev", "by").vector();
    assertThat(model.probability(by, "perpetrator")).isGreaterThan(0.9);
    assertThat(model.probability(new Features(12).add("prev", "in").vector(), "perpetrator")).isLessThan(0.1);
    assertThat(averaged.train(phrases(), LABELS).scores(by)).containsExactly(model.scores(by));
  }

  @Test
  void a_min_count_below_one_is_refused() {
    assertThatThrownBy(() -> LogisticTrainer.Settings.defaults().withMinCount(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min count 0");
  }
}
