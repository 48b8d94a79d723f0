package org.vigil.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules' word lists answer membership as {@link Set#of} does. */
class WordSetTest {

  @Test
  void holds_its_words_and_nothing_else() {
    // "Aa" and "BB" share a hash code: only equal words count
    Set<String> words = WordSet.of("killed", "wounded", "Aa", "the", "a");
    assertThat(words).hasSize(5).containsExactlyInAnyOrder("killed", "wounded", "Aa", "the", "a");
    assertThat(words.contains(new String("killed"))).isTrue();
    assertThat(words.contains("BB")).isFalse();
    assertThat(words.contains("kill")).isFalse();
    assertThat(words.contains("")).isFalse();
    assertThat(words.contains(42)).isFalse();
    assertThat(words).isEqualTo(Set.of("a", "the", "Aa", "wounded", "killed"));
  }

  @Test
  void an_empty_list_holds_nothing() {
    assertThat(WordSet.of().contains("the")).isFalse();
  }

  @Test
  void rejects_what_set_of_rejects() {
    assertThatThrownBy(() -> WordSet.of("the", "a", "the")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the");
    assertThatThrownBy(() -> WordSet.of("the", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WordSet.of("the").contains(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WordSet.of("the").add("a")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_word_map_reads_as_given_and_cannot_change() {
    Map<String, Integer> tens = WordSet.map(Map.of("twenty", 20, "thirty", 30));
    assertThat(tens).containsEntry("twenty", 20).containsEntry("thirty", 30).hasSize(2);
    assertThat(tens.get("forty")).isNull();
    assertThatThrownBy(() -> tens.put("forty", 40)).isInstanceOf(UnsupportedOperationException.class);
  }
}
