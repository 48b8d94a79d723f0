package org.vigil.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearModelTest {

  private static final List<String> WORDS = List.of("bomb", "killed", "market", "shares", "rose", "militants",
      "profit", "police", "quarter", "attack", "dividend", "wounded");
  private static final List<String> VIOLENT = List.of("bomb", "killed", "militants", "attack", "wounded", "police");

  /** Sentences of random words; violent when most of their words are violent. */
  private static List<Example> sentences(int count, long seed) {
    Random r = new Random(seed);
    List<Example> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Features f = new Features(12);
      int violent = 0;
      for (int w = 0; w < 5; w++) {
        String word = WORDS.get(r.nextInt(WORDS.size()));
        violent += VIOLENT.contains(word) ? 1 : 0;
        f.add("word", word);
      }
      out.add(Example.of(f.vector(), violent >= 3 ? "incident" : "none"));
    }
    return out;
  }

  private static LinearModel trained() {
    return new LogisticTrainer(LogisticTrainer.Settings.defaults().withBits(12)).train(sentences(2000, 1),
        List.of("none", "incident"));
  }

  @Test
  void a_trained_model_labels_sentences_it_never_saw() {
    LinearModel model = trained();
    List<Example> unseen = sentences(500, 99);
    long right = unseen.stream().filter(e -> model.best(e.features()).equals(e.label())).count();
    assertThat(right).isGreaterThan(480);
  }

  @Test
  void probabilities_sum_to_one_and_follow_the_evidence() {
    LinearModel model = trained();
    FeatureVector violent = model.features().add("word", "bomb").add("word", "killed").add("word", "attack").vector();
    FeatureVector market = model.features().add("word", "shares").add("word", "rose").add("word", "profit").vector();
    assertThat(Arrays.stream(model.probabilities(violent)).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(model.probability(violent, "incident")).isGreaterThan(0.9);
    assertThat(model.probability(market, "incident")).isLessThan(0.1);
  }

  @Test
  void a_candidate_scored_in_three_parts_gets_the_probabilities_of_all_its_features_at_once() {
    LinearModel model = trained();
    double[] phrase = model.scores(model.features().add("word", "bomb"));
    double[] incident = model.plus(model.features().add("word", "market"), new double[2]);
    double[] parts = model.probabilities(model.features().add("word", "killed"), phrase, incident);
    double[] whole = model.probabilities(model.features().add("word", "bomb").add("word", "market").add("word", "killed").vector());
    assertThat(parts[1]).isCloseTo(whole[1], org.assertj.core.data.Offset.offset(1e-9)).isGreaterThan(0.5);
    assertThatThrownBy(() -> model.probabilities(model.features(), phrase, new double[3]))
        .hasMessageContaining("2 and 3 scores for the 2 labels");
  }

  @Test
  void the_same_data_and_seed_give_the_same_model() {
    FeatureVector x = new Features(12).add("word", "bomb").add("word", "shares").vector();
    assertThat(trained().scores(x)).containsExactly(trained().scores(x));
  }

  @Test
  void a_written_model_reads_back_with_the_same_scores() {
    LinearModel model = trained();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    LinearModel read = LinearModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    FeatureVector x = new Features(12).add("word", "bomb").add("word", "rose").number("length", 3).vector();
    assertThat(read.labels()).containsExactly("none", "incident");
    assertThat(read.scores(x)).containsExactly(model.scores(x));
    assertThat(bytes.size()).isLessThan(20_000);
  }

  @Test
  void a_file_that_is_not_a_model_is_refused_with_the_reason() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained().write(bytes);
    byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("ends too early");
    assertThatThrownBy(() -> LinearModel.read(new ByteArrayInputStream("not a model".getBytes())))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> LinearModel.resource(LinearModelTest.class, "missing.bin"))
        .hasMessageContaining("missing.bin").hasMessageContaining("vigil train");
  }

  @Test
  void features_hashed_with_more_bits_than_the_model_are_refused() {
    FeatureVector wide = new Features(20).add("word", "bomb").add("word", "rose").add("word", "x").vector();
    assertThatThrownBy(() -> trained().scores(wide)).hasMessageContaining("outside this model's 2^12");
    assertThatThrownBy(() -> new LogisticTrainer(LogisticTrainer.Settings.defaults().withBits(12))
        .train(List.of(Example.of(wide, "none")), List.of("none", "incident")))
        .hasMessageContaining("hashed with more bits");
  }

  @Test
  void the_same_feature_twice_adds_its_values() {
    FeatureVector twice = new Features(12).add("word", "bomb").add("word", "bomb").vector();
    assertThat(twice.size()).isEqualTo(1);
    assertThat(twice.value(0)).isEqualTo(2f);
    assertThat(new Features(12).add("prev", "bomb").vector())
        .isNotEqualTo(new Features(12).add("next", "bomb").vector());
  }

  @Test
  void an_example_label_outside_the_model_labels_is_refused() {
    assertThatThrownBy(() -> new LogisticTrainer(LogisticTrainer.Settings.defaults().withBits(12))
        .train(List.of(Example.of(new Features(12).add("a").vector(), "riot")), List.of("none", "incident")))
        .hasMessageContaining("'riot'").hasMessageContaining("[none, incident]");
  }
}
