package org.vigil.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexFormatTest {

  @Test
  void a_key_hashed_character_by_character_hashes_as_the_whole_key_and_what_cannot_be_stored_has_no_hash() {
    for (String key : new String[] {"a", "san salvador", "x".repeat(IndexFormat.MAX_KEY_BYTES),
        "x".repeat(IndexFormat.MAX_KEY_BYTES + 1), "", "são paulo"}) {
      long state = IndexFormat.hashStart();
      for (int i = 0; i < key.length(); i++) {
        state = IndexFormat.hashStep(state, key.charAt(i));
      }
      assertThat(IndexFormat.hashEnd(state)).as(key).isEqualTo(IndexFormat.storableHash(key));
    }
    long sanSalvador = IndexFormat.hashWord(IndexFormat.hashStep(IndexFormat.hashWord(IndexFormat.hashStart(), "san"), ' '),
        "salvador");
    assertThat(IndexFormat.hashEnd(sanSalvador)).as("word by word").isEqualTo(IndexFormat.storableHash("san salvador"));
    assertThat(IndexFormat.hashWord(IndexFormat.hashStart(), "são")).as("a word that cannot be stored").isEqualTo(-1);
    assertThat(IndexFormat.hashWord(-1, "paulo")).as("nor anything after it").isEqualTo(-1);
    assertThat(IndexFormat.storableHash("san salvador")).isEqualTo(IndexFormat.hash("san salvador") & 0xffffffffL);
    assertThat(IndexFormat.storableHash("são paulo")).isEqualTo(-1);
    assertThat(IndexFormat.storableHash("x".repeat(IndexFormat.MAX_KEY_BYTES + 1))).isEqualTo(-1);
    assertThat(IndexFormat.storableHash("")).isEqualTo(-1);
  }
}
