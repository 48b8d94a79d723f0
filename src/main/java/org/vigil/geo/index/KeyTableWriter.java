package org.vigil.geo.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one {@link KeyTable} from (key, value) pairs in bounded memory: pairs are appended to
 * one spill file per group, and each group is read back, reduced and hashed on its own. With
 * {@code max}, a key keeps only its largest value; otherwise its distinct values in the order
 * added. Not thread-safe; single use.
 */
final class KeyTableWriter implements Closeable {

  /** Group bits: 64 spill files, each a 64th of the keys in memory at a time. */
  static final int GROUP_BITS = 6;

  private final Path dir;
  private final String name;
  private final boolean max;
  private final DataOutputStream[] spills = new DataOutputStream[1 << GROUP_BITS];
  private long pairs;

  KeyTableWriter(Path workDir, String name, boolean max) throws IOException {
    this.dir = workDir;
    this.name = name;
    this.max = max;
    for (int g = 0; g < spills.length; g++) {
      spills[g] = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(spill(g)), 1 << 15));
    }
  }

  private Path spill(int group) {
    return dir.resolve(name + "-" + group + ".spill");
  }

  /** Adds a pair; a key that is not {@linkplain IndexFormat#storable storable} is ignored. */
  void add(String key, int value) throws IOException {
    if (!IndexFormat.storable(key)) {
      return;
    }
    int group = IndexFormat.hash(key) >>> (32 - GROUP_BITS);
    DataOutputStream out = spills[group];
    out.writeByte(key.length());
    out.writeBytes(key);
    out.writeInt(value);
    pairs++;
  }

  long pairs() {
    return pairs;
  }

  /** Writes the table to {@code out} (which is not closed) and deletes the spill files. */
  void writeTo(OutputStream out, Path scratch) throws IOException {
    for (DataOutputStream s : spills) {
      s.close();
    }
    int groups = 1 << GROUP_BITS;
    int[] starts = new int[groups + 1];
    Path slotsFile = scratch.resolve(name + ".slots");
    Path keysFile = scratch.resolve(name + ".keys");
    long keyBytes = 0;
    try (DataOutputStream slots = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(slotsFile), 1 << 16));
        DataOutputStream keys = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(keysFile), 1 << 16))) {
      for (int g = 0; g < groups; g++) {
        Map<String, int[]> reduced = readGroup(spill(g));
        Files.delete(spill(g));
        int size = reduced.isEmpty() ? 0 : 2 * reduced.size() + 1;
        int[] table = new int[size];
        for (Map.Entry<String, int[]> e : reduced.entrySet()) {
          String key = e.getKey();
          int[] values = e.getValue();
          if (keyBytes + 1 + key.length() + 4L + 4L * values.length >= Integer.MAX_VALUE) {
            throw new IOException("key table " + name + " exceeds 2 GiB; index fewer names");
          }
          int h = IndexFormat.hash(key);
          int i = KeyTable.home(h, size);
          while (table[i] != 0) {
            i = i + 1 == size ? 0 : i + 1;
          }
          table[i] = (int) keyBytes + 1;
          keys.writeByte(key.length());
          keys.writeBytes(key);
          keys.writeInt(values.length);
          for (int v : values) {
            keys.writeInt(v);
          }
          keyBytes += 1 + key.length() + 4 + 4L * values.length;
        }
        for (int v : table) {
          slots.writeInt(v);
        }
        starts[g + 1] = starts[g] + size;
      }
    }
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(GROUP_BITS);
    for (int s : starts) {
      d.writeInt(s);
    }
    d.flush();
    Files.copy(slotsFile, out);
    Files.copy(keysFile, out);
    Files.delete(slotsFile);
    Files.delete(keysFile);
  }

  private Map<String, int[]> readGroup(Path file) throws IOException {
    Map<String, List<Integer>> lists = new LinkedHashMap<>();
    Map<String, int[]> out = new LinkedHashMap<>();
    byte[] buf = new byte[IndexFormat.MAX_KEY_BYTES];
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (true) {
        int len;
        try {
          len = in.readUnsignedByte();
        } catch (EOFException end) {
          break;
        }
        in.readFully(buf, 0, len);
        String key = new String(buf, 0, len, StandardCharsets.US_ASCII);
        int value = in.readInt();
        if (max) {
          int[] v = out.get(key);
          if (v == null) {
            out.put(key, new int[] {value});
          } else if (value > v[0]) {
            v[0] = value;
          }
        } else {
          List<Integer> l = lists.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (l.isEmpty() || l.get(l.size() - 1) != value) {
            l.add(value);
          }
        }
      }
    }
    if (!max) {
      lists.forEach((k, l) -> out.put(k, l.stream().mapToInt(Integer::intValue).distinct().toArray()));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    for (int g = 0; g < spills.length; g++) {
      spills[g].close();
      Files.deleteIfExists(spill(g));
    }
  }
}
