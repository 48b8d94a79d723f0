package org.vigil.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index file written in bounded memory reads back the same, mapped or from a stream. */
class GazetteerIndexTest {

  @TempDir Path dir;

  private Path write(int places) throws IOException {
    Path file = dir.resolve("test.idx");
    try (IndexWriter w = new IndexWriter(dir.resolve("work"))) {
      w.meta("source", "team fixture");
      int iq = w.addEntry(0, "Iraq", "IQ", "", "", "PCLI", 0, 33, 44, 99237);
      w.addKey("iraq", iq);
      int mosul = w.addEntry(3, "Mosul", "IQ", "15", "", "PPLA", 1_739_800, 36.335, 43.119, 99072);
      w.addKey("mosul", mosul);
      w.addKey("al mawsil", mosul, true);
      w.addKey("mawsil", mosul, true);
      w.addSkeleton("musul", mosul);
      for (int i = 0; i < places; i++) {
        int id = w.addEntry(3, "Village " + i, "IQ", "15", "1001", "PPL", i, 36, 43, 1_000_000 + i);
        w.addKey("village " + i, id);
      }
      w.writeTo(file);
    }
    return file;
  }

  @Test
  void entries_names_and_keys_read_back_from_a_mapped_file() throws IOException {
    GazetteerIndex idx = GazetteerIndex.open(write(5_000));
    assertThat(idx.size()).isEqualTo(5_002);
    int mosul = idx.ids("mosul")[0];
    assertThat(idx.name(mosul)).isEqualTo("Mosul");
    assertThat(idx.countryCode(mosul)).isEqualTo("IQ");
    assertThat(idx.admin1(mosul)).isEqualTo("15");
    assertThat(idx.population(mosul)).isEqualTo(1_739_800);
    assertThat(idx.lat(mosul)).isCloseTo(36.335f, org.assertj.core.data.Offset.offset(1e-4f));
    assertThat(idx.idsByAlternate("al mawsil")).containsExactly(mosul);
    assertThat(idx.ids("al mawsil")).isEmpty();
    assertThat(idx.idsBySkeleton("musul")).containsExactly(mosul);
    assertThat(idx.ids("village 4321")).hasSize(1);
    assertThat(idx.maxWords("village")).isEqualTo(2);
    assertThat(idx.maxWords("mosul")).isEqualTo(1);
    assertThat(idx.maxWords("baghdad")).isZero();
    assertThat(idx.adminIds()).containsExactly(0);
    assertThat(idx.meta()).containsEntry("source", "team fixture").containsEntry("entries", "5002");
  }

  @Test
  void the_heap_bound_on_a_first_word_is_its_most_words_when_no_other_word_shares_its_hash() throws IOException {
    GazetteerIndex idx = GazetteerIndex.open(write(5_000));
    for (String w : java.util.List.of("village", "mosul", "iraq", "al", "baghdad", "village 4", "")) {
      assertThat(idx.maxWordsBound(w)).as(w).isEqualTo(idx.maxWords(w));
    }
    assertThat(idx.maxWordsBound("al")).isEqualTo(2); // "al mawsil", an alternate name
    assertThat(idx.maxWordsBound("baghdad")).isZero();
  }

  @Test
  void the_facts_of_a_word_say_whether_it_alone_may_be_a_name_or_an_alternate_and_are_certain_when_they_say_no()
      throws IOException {
    GazetteerIndex idx = GazetteerIndex.open(write(5_000));
    int name = GazetteerIndex.MAY_BE_NAME;
    int alternate = GazetteerIndex.MAY_BE_ALTERNATE;
    assertThat(idx.wordFacts("mosul") & (name | alternate)).isEqualTo(name);
    assertThat(idx.wordFacts("mawsil") & (name | alternate)).isEqualTo(alternate);
    assertThat(idx.wordFacts("mosul") & 0xff).isEqualTo(idx.maxWordsBound("mosul")).isEqualTo(1);
    assertThat(idx.wordFacts("baghdad")).isZero();
    for (String w : java.util.List.of("iraq", "mosul", "mawsil", "al", "village", "baghdad", "")) {
      if ((idx.wordFacts(w) & name) == 0) {
        assertThat(idx.ids(w)).as(w).isEmpty();
      }
      if ((idx.wordFacts(w) & alternate) == 0) {
        assertThat(idx.idsByAlternate(w)).as(w).isEmpty();
      }
    }
  }

  @Test
  void a_key_that_is_not_stored_finds_nothing_and_non_ascii_keys_are_not_stored() throws IOException {
    GazetteerIndex idx = GazetteerIndex.open(write(10));
    assertThat(idx.ids("baghdad")).isEmpty();
    assertThat(idx.ids("الموصل")).isEmpty();
    assertThat(idx.mayHaveSkeleton("musul")).isTrue();
    assertThat(idx.mayHaveSkeleton("الموصل")).isFalse();
    assertThat(idx.mayHaveSkeleton("")).isFalse();
  }

  @Test
  void the_same_bytes_read_from_a_stream_give_the_same_index() throws IOException {
    Path file = write(100);
    GazetteerIndex idx = GazetteerIndex.read("stream", new ByteArrayInputStream(Files.readAllBytes(file)));
    assertThat(idx.name(idx.ids("village 42")[0])).isEqualTo("Village 42");
  }

  @Test
  void a_truncated_or_foreign_file_is_reported_with_its_name() throws IOException {
    Path file = write(100);
    byte[] all = Files.readAllBytes(file);
    Path cut = Files.write(dir.resolve("cut.idx"), java.util.Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> GazetteerIndex.open(cut)).isInstanceOf(IOException.class)
        .hasMessageContaining("truncated or damaged");
    Path other = Files.writeString(dir.resolve("other.idx"), "not an index");
    assertThatThrownBy(() -> GazetteerIndex.open(other)).isInstanceOf(IOException.class)
        .hasMessageContaining("too short").hasMessageContaining("other.idx");
  }
}
