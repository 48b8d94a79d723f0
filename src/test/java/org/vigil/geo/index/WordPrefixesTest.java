package org.vigil.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The beginnings of keys never deny a phrase that a table holds or extends, and deny most others. */
class WordPrefixesTest {

  private static final String[] WORDS = {"san", "salvador", "de", "jujuy", "el", "paso", "la", "paz", "nueva", "guinea"};

  @TempDir Path dir;

  private KeyTable table(String name, List<String> keys) throws IOException {
    return KeyTables.of(dir, name, keys);
  }

  /** Every phrase of one to four of the words, in every order. */
  private static List<String> phrases() {
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      int count = (int) Math.pow(WORDS.length, n);
      for (int c = 0; c < count; c++) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, x = c; k < n; k++, x /= WORDS.length) {
          b.append(k == 0 ? "" : " ").append(WORDS[x % WORDS.length]);
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  @Test
  void a_phrase_that_a_key_is_or_extends_may_begin_one_and_most_other_phrases_may_not() throws IOException {
    List<String> all = phrases();
    List<String> names = new ArrayList<>();
    List<String> alternates = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 7) {
      (i % 2 == 0 ? names : alternates).add(all.get(i));
    }
    names.add("san salvador de jujuy");
    WordPrefixes beginnings = WordPrefixes.of(table("names", names), table("alternates", alternates));
    List<String> keys = new ArrayList<>(names);
    keys.addAll(alternates);
    int denied = 0;
    int others = 0;
    for (String p : all) {
      if (!p.contains(" ")) {
        continue;
      }
      boolean begins = keys.stream().anyMatch(k -> k.equals(p) || k.startsWith(p + " "));
      if (begins) {
        assertThat(beginnings.mayBegin(p)).as(p).isTrue();
      } else {
        others++;
        denied += beginnings.mayBegin(p) ? 0 : 1;
      }
    }
    assertThat(beginnings.mayBegin("san salvador")).isTrue();
    assertThat(others).isGreaterThan(5_000);
    assertThat(denied).isGreaterThan(others * 9 / 10);
  }

  @Test
  void a_phrase_that_no_key_could_hold_begins_none_and_a_table_off_the_heap_denies_nothing() throws IOException {
    KeyTableWriter w = new KeyTableWriter(dir, "big", false);
    w.add("san salvador", 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeTo(out, dir);
    w.close();
    ByteBuffer bytes = ByteBuffer.wrap(out.toByteArray());
    assertThat(WordPrefixes.of(new KeyTable(bytes)).mayBegin("são paulo")).isFalse();
    WordPrefixes unfiltered = WordPrefixes.of(new KeyTable(bytes, 0));
    assertThat(unfiltered.mayBegin("la paz")).isTrue();
    assertThat(unfiltered.mayBegin("san salvador")).isTrue();
  }
}
