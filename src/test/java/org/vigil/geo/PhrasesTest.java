package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  @Test
  void each_phrase_is_the_normalised_words_joined_by_spaces_as_a_string_or_in_a_buffer() {
    Phrases phrases = at("Gunmen attacked Al-Mawsil and SAN SALVADOR market", 2, 5);
    Letters buffer = new Letters(4);
    assertThat(phrases.of(1)).isEqualTo("al");
    assertThat(phrases.of(3)).isEqualTo("al mawsil and");
    for (int words = 1; words <= 5; words++) {
      phrases.write(words, buffer);
      assertThat(buffer.toString()).isEqualTo(phrases.of(words));
    }
    assertThatThrownBy(() -> phrases.of(6)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static Phrases at(String text, int first, int reach) {
    List<Token> tokens = Tokenizer.tokenize(text);
    Phrases phrases = new Phrases(tokens);
    phrases.moveTo(first, reach);
    return phrases;
  }
}
