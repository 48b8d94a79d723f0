package org.vigil.geo.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/** Key tables for tests, written as the index writes them and read back from memory. */
final class KeyTables {

  private KeyTables() {}

  /** A table named {@code name} holding each of {@code keys} with its position as its value. */
  static KeyTable of(Path dir, String name, List<String> keys) throws IOException {
    KeyTableWriter w = new KeyTableWriter(dir, name, false);
    for (int i = 0; i < keys.size(); i++) {
      w.add(keys.get(i), i);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.writeTo(out, dir);
    w.close();
    return new KeyTable(ByteBuffer.wrap(out.toByteArray()));
  }
}
