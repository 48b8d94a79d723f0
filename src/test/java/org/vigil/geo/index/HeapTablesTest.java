package org.vigil.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filters an index builds in its tables' one pass over their keys (on two threads) answer
 * as those built from the finished tables, and look-ups answer alike from the heap and mapped.
 */
class HeapTablesTest {

  private static final String[] WORDS = {"san", "salvador", "de", "jujuy", "el", "paso", "nueva", "guinea", "kabul"};

  @TempDir Path dir;

  /** Phrases of one to three of the words, each a place's name (every third) or alternate (every fifth). */
  private static List<String> phrases() {
    List<String> out = new ArrayList<>();
    for (String a : WORDS) {
      out.add(a);
      for (String b : WORDS) {
        out.add(a + " " + b);
        for (String c : WORDS) {
          out.add(a + " " + b + " " + c);
        }
      }
    }
    return out;
  }

  private Path write() throws IOException {
    Path file = dir.resolve("t.idx");
    try (IndexWriter w = new IndexWriter(dir.resolve("work"))) {
      List<String> all = phrases();
      for (int i = 0; i < all.size(); i++) {
        int id = w.addEntry(3, all.get(i), "SV", "", "", "PPL", i, 13, -89, 1 + i);
        if (i % 3 == 0) {
          w.addKey(all.get(i), id);
        } else if (i % 5 == 0) {
          w.addKey(all.get(i), id, true);
        }
        if (i % 4 == 0) {
          w.addSkeleton(all.get(i).replace(" ", "") + "ia", id);
        }
      }
      w.writeTo(file);
    }
    return file;
  }

  @Test
  void the_filters_built_with_the_tables_answer_as_those_built_from_them_and_a_mapped_index_answers_alike()
      throws IOException {
    Path file = write();
    GazetteerIndex read = GazetteerIndex.wrap("test", ByteBuffer.wrap(Files.readAllBytes(file)));
    GazetteerIndex mapped = GazetteerIndex.open(file);
    HeapTables t = HeapTables.read(sections(Files.readAllBytes(file)));
    WordPrefixes beginnings = WordPrefixes.of(t.nameKeys(), t.alternateKeys());
    KeyHeads heads = KeyHeads.of(t.skeletonKeys());
    int deniedPhrases = 0;
    int deniedSkeletons = 0;
    for (String p : phrases()) {
      String skeleton = p.replace(" ", "") + "ia";
      assertThat(read.mayBeginKey(p)).as(p).isEqualTo(beginnings.mayBegin(p));
      assertThat(read.mayBeginSkeleton(skeleton)).as(skeleton).isEqualTo(heads.mayBegin(skeleton));
      assertThat(read.mayBeginSkeleton(p)).as(p).isEqualTo(heads.mayBegin(p));
      assertThat(read.ids(p)).as(p).containsExactly(mapped.ids(p));
      assertThat(read.idsByAlternate(p)).as(p).containsExactly(mapped.idsByAlternate(p));
      assertThat(read.idsBySkeleton(skeleton)).as(skeleton).containsExactly(mapped.idsBySkeleton(skeleton));
      assertThat(read.wordFacts(p)).as(p).isEqualTo(mapped.wordFacts(p));
      deniedPhrases += p.contains(" ") && !read.mayBeginKey(p) ? 1 : 0;
      deniedSkeletons += p.length() >= KeyHeads.SHORTEST && !read.mayBeginSkeleton(p) ? 1 : 0;
    }
    assertThat(read.ids("san")).isNotEmpty();
    assertThat(read.idsByAlternate(phrases().get(5))).isNotEmpty();
    assertThat(read.mayBeginKey(phrases().get(3))).as("a whole name of three words").isTrue();
    assertThat(deniedPhrases).as("phrases no key begins with are mostly turned away").isGreaterThan(100);
    assertThat(deniedSkeletons).isGreaterThan(100);
  }

  private static ByteBuffer[] sections(byte[] bytes) throws IOException {
    ByteBuffer all = ByteBuffer.wrap(bytes);
    long[][] at = IndexFormat.sections("test", all.duplicate(), bytes.length);
    ByteBuffer[] s = new ByteBuffer[at.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = all.slice((int) at[i][0], (int) at[i][1]);
    }
    return s;
  }
}
