package org.vigil.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key table answers the same whether it keeps its slots' hashes on the heap or probes the bytes. */
class KeyTableTest {

  @TempDir Path dir;

  private ByteBuffer table(int keys) throws IOException {
    KeyTableWriter w = new KeyTableWriter(dir, "names", false);
    for (int i = 0; i < keys; i++) {
      w.add("town " + i, i);
      if (i % 7 == 0) {
        w.add("town " + i, keys + i); // a second entry of the same name
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeTo(out, dir);
    w.close();
    return ByteBuffer.wrap(out.toByteArray());
  }

  @Test
  void every_stored_name_is_found_with_its_entries_and_no_other_name_is_found_either_way() throws IOException {
    ByteBuffer bytes = table(20_000);
    KeyTable onHeap = new KeyTable(bytes);
    KeyTable mapped = new KeyTable(bytes, 0);
    for (int i = 0; i < 20_000; i++) {
      int[] expected = i % 7 == 0 ? new int[] {i, 20_000 + i} : new int[] {i};
      assertThat(onHeap.get("town " + i)).containsExactlyInAnyOrder(expected);
      assertThat(mapped.get("town " + i)).containsExactlyInAnyOrder(expected);
    }
    for (int i = 20_000; i < 60_000; i++) {
      assertThat(onHeap.get("town " + i)).isEmpty();
      assertThat(mapped.get("town " + i)).isEmpty();
    }
    assertThat(onHeap.get("")).isEmpty();
    assertThat(onHeap.get("t\u00f3wn 14")).isEmpty();
    assertThat(onHeap.get("town 14".repeat(40))).isEmpty();
    assertThat(onHeap.first("town 14", -1)).isIn(14, 20_014);
  }
}
