package org.vigil.geo.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Joins the section files of an index into one index file: the magic, a table of each section's
 * offset and length, then the sections in order. The file appears whole or not at all: it is
 * written beside its final name and renamed.
 */
final class SectionFile {

  private SectionFile() {}

  /** Writes one section's bytes. */
  @FunctionalInterface
  interface Content {
    void write(OutputStream out) throws IOException;
  }

  /** Writes a section to the file {@code name}.part in {@code work} and returns that file. */
  static Path write(Path work, String name, Content content) throws IOException {
    Path p = work.resolve(name + ".part");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      content.write(out);
    }
    return p;
  }

  /**
   * Writes {@code sections} (deleted once copied) to {@code file}.
   *
   * @throws IOException when a section exceeds 2 GiB (the reader maps sections by int offsets)
   */
  static void join(Path[] sections, Path file) throws IOException {
    long[] lengths = new long[sections.length];
    for (int i = 0; i < sections.length; i++) {
      lengths[i] = Files.size(sections[i]);
      if (lengths[i] > Integer.MAX_VALUE) {
        throw new IOException("section " + i + " of the index holds " + lengths[i]
            + " bytes; at most " + Integer.MAX_VALUE + " are readable");
      }
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      DataOutputStream d = new DataOutputStream(raw);
      d.write(IndexFormat.MAGIC);
      d.writeInt(sections.length);
      long offset = IndexFormat.HEADER_BYTES;
      for (long len : lengths) {
        d.writeLong(offset);
        d.writeLong(len);
        offset += len;
      }
      d.flush();
      for (Path p : sections) {
        Files.copy(p, raw);
        Files.delete(p);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
