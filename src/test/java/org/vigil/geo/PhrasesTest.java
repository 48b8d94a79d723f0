package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.index.IndexFormat;

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

  @Test
  void a_phrase_hashes_as_the_index_hashes_its_string_and_not_at_all_once_a_word_cannot_be_stored() {
    Phrases phrases = at("the road from São Paulo to Mosul, then الموصل and Erbil", 0, 6);
    for (int words = 1; words <= 6; words++) {
      assertThat(phrases.keyHash(words)).as(phrases.of(words)).isEqualTo(IndexFormat.storableHash(phrases.of(words)));
    }
    phrases.moveTo(7, 3);
    assertThat(phrases.keyHash(1)).isEqualTo(IndexFormat.storableHash("then"));
    assertThat(phrases.keyHash(2)).as("a word in Arabic script").isEqualTo(-1);
    assertThat(phrases.keyHash(3)).isEqualTo(-1);
  }

  @Test
  void a_possessive_s_joins_its_word_without_a_space_as_the_gazetteer_keys_lees_summit() {
    Phrases phrases = at("Police in Lee's Summit and Kabul’s governor", 2, 3);
    Letters buffer = new Letters(4);
    assertThat(phrases.of(2)).isEqualTo("lees");
    assertThat(phrases.of(3)).isEqualTo("lees summit");
    assertThat(phrases.oneWord(2)).isTrue();
    assertThat(phrases.oneWord(3)).isFalse();
    for (int words = 1; words <= 3; words++) {
      phrases.write(words, buffer);
      assertThat(buffer.toString()).isEqualTo(phrases.of(words));
      assertThat(phrases.keyHash(words)).isEqualTo(IndexFormat.storableHash(phrases.of(words)));
    }
    phrases.moveTo(6, 3);
    assertThat(phrases.of(3)).as("a curly apostrophe too").isEqualTo("kabuls governor");
  }

  @Test
  void a_word_written_again_starts_phrases_that_hash_as_their_strings() {
    Phrases phrases = at("Mosul police and Mosul governor met in Erbil", 0, 2);
    assertThat(phrases.keyHash(2)).isEqualTo(IndexFormat.storableHash("mosul police"));
    phrases.moveTo(3, 2);
    assertThat(phrases.keyHash(1)).isEqualTo(IndexFormat.storableHash("mosul"));
    assertThat(phrases.keyHash(2)).isEqualTo(IndexFormat.storableHash("mosul governor"));
    phrases.moveTo(7, 1);
    assertThat(phrases.keyHash(1)).isEqualTo(IndexFormat.storableHash("erbil"));
  }

  private static Phrases at(String text, int first, int reach) {
    List<Token> tokens = Tokenizer.tokenize(text);
    Phrases phrases = new Phrases(tokens);
    phrases.moveTo(first, reach);
    return phrases;
  }
}
