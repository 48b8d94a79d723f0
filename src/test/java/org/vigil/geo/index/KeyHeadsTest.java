package org.vigil.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A beginning of a key is never denied; words no key begins with mostly are. */
class KeyHeadsTest {

  private static final List<String> KEYS = List.of("kandahar", "kabul", "jalalabad", "mazarisharif", "herat",
      "sansalvadordejujui", "musul", "basra");

  @TempDir Path dir;

  private KeyTable table(List<String> keys) throws IOException {
    return KeyTables.of(dir, "skeletons", keys);
  }

  @Test
  void every_beginning_of_five_letters_or_more_of_a_key_may_begin_one() throws IOException {
    KeyHeads fromTable = KeyHeads.of(table(KEYS));
    KeyHeads fromStrings = KeyHeads.of(KEYS);
    for (String key : KEYS) {
      for (int end = KeyHeads.SHORTEST; end <= key.length(); end++) {
        assertThat(fromTable.mayBegin(key.substring(0, end))).as(key.substring(0, end)).isTrue();
        assertThat(fromStrings.mayBegin(key.substring(0, end))).as(key.substring(0, end)).isTrue();
      }
    }
    assertThat(fromTable.mayBegin("sansalvadordejujuiprovince")).as("asked by its first twelve letters").isTrue();
  }

  @Test
  void words_that_begin_no_key_are_denied_and_short_or_foreign_words_never_are() throws IOException {
    KeyHeads heads = KeyHeads.of(table(KEYS));
    List<String> others = List.of("reported", "government", "peasants", "kidnaped", "terorists", "departament",
        "command", "garison", "residences", "presumably", "incorporate", "armed");
    assertThat(others.stream().filter(heads::mayBegin)).as("false positives").hasSizeLessThan(3);
    assertThat(heads.mayBegin("kand")).as("shorter than a beginning kept").isTrue();
    assertThat(heads.mayBegin("kandaĥar")).as("beyond ASCII").isTrue();
    assertThat(heads.mayBegin("kabulx")).as("a key of five letters begins no longer word").isFalse();
  }
}
