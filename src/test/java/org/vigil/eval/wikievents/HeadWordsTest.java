package org.vigil.eval.wikievents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.eval.GoldEntity;

class HeadWordsTest {

  @Test
  void the_head_is_the_last_word_before_a_prepositional_or_relative_tail() {
    assertThat(HeadWords.of("Syrian Observatory for Human Rights")).isEqualTo("observatory");
    assertThat(HeadWords.of("the 12 worshippers who had gathered")).isEqualTo("worshippers");
    assertThat(HeadWords.of("Major General Vyacheslav Gladkikh")).isEqualTo("gladkikh");
    assertThat(HeadWords.of("the army's convoy, which")).isEqualTo("convoy");
    assertThat(HeadWords.of("Deir ez-Zor")).isEqualTo("ezzor");
  }

  @Test
  void a_phrase_opening_with_a_preposition_keeps_its_words() {
    assertThat(HeadWords.of("of the city")).isEqualTo("city");
  }

  @Test
  void pronouns_are_recognised_whatever_their_case() {
    assertThat(HeadWords.pronoun("They")).isTrue();
    assertThat(HeadWords.pronoun("the gunman")).isFalse();
  }

  @Test
  void matching_compares_heads_with_every_mention_of_the_entity() {
    GoldEntity g = GoldEntity.of("Gunmen", "attackers");
    assertThat(HeadWords.match(g, "the two attackers")).isTrue();
    assertThat(HeadWords.match(g, "attack")).isFalse();
  }
}
