package org.vigil.geo.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A gazetteer index read in place: entries, display names and name keys stay in the file's
 * bytes (a memory-mapped file, or one heap buffer for a bundled resource); only the small code
 * tables are decoded. Immutable and safe for use by many threads at once.
 */
public final class GazetteerIndex {

  /** A bit of {@link #wordFacts}: the word alone may be a main name's key. */
  public static final int MAY_BE_NAME = 1 << 8;
  /** A bit of {@link #wordFacts}: the word alone may be an alternate name's key. */
  public static final int MAY_BE_ALTERNATE = 1 << 9;

  private final String origin;
  private final ByteBuffer entries;
  private final ByteBuffer names;
  private final KeyTable nameKeys;
  private final KeyTable skeletonKeys;
  private final KeyTable firstWords;
  /** The {@link #wordFacts} of each slot's key of {@link #firstWords}, on the heap; null for a table too large for it. */
  private final short @Nullable [] firstWordFacts;
  private final KeyTable alternateKeys;
  private final WordPrefixes keyBeginnings;
  private final KeyHeads skeletonHeads;
  private final int[] adminIds;
  private final String[][] codes;
  private final Map<String, String> meta;
  private final int size;

  private GazetteerIndex(String origin, ByteBuffer[] s) throws IOException {
    this.origin = origin;
    this.entries = s[IndexFormat.ENTRIES];
    this.names = s[IndexFormat.NAMES];
    if (entries.capacity() % IndexFormat.ENTRY_BYTES != 0) {
      throw new IOException(origin + ": entry section of " + entries.capacity()
          + " bytes is not a whole number of " + IndexFormat.ENTRY_BYTES + "-byte records");
    }
    this.size = entries.capacity() / IndexFormat.ENTRY_BYTES;
    try {
      HeapTables t = HeapTables.read(s);
      this.nameKeys = t.nameKeys();
      this.skeletonKeys = t.skeletonKeys();
      this.firstWords = t.firstWords();
      this.alternateKeys = t.alternateKeys();
      this.firstWordFacts = t.firstWordFacts();
      this.keyBeginnings = t.keyBeginnings();
      this.skeletonHeads = t.skeletonHeads();
      this.codes = readCodes(s[IndexFormat.CODES]);
      ByteBuffer a = s[IndexFormat.ADMIN];
      this.adminIds = new int[a.getInt(0)];
      for (int i = 0; i < adminIds.length; i++) {
        adminIds[i] = a.getInt(4 + 4 * i);
      }
    } catch (RuntimeException e) {
      throw new IOException(origin + ": a damaged index (" + e + "); install it again", e);
    }
    this.meta = readMeta(s[IndexFormat.META]);
  }

  /**
   * Maps the index file {@code file} into memory (read-only; the heap holds only code tables).
   *
   * @throws IOException when it cannot be read or is not an index of this version
   */
  public static GazetteerIndex open(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer header = ByteBuffer.allocate(IndexFormat.HEADER_BYTES);
      while (header.hasRemaining() && ch.read(header) >= 0) {
        // fill the header
      }
      long[][] sections = IndexFormat.sections(file.toString(), header.flip(), ch.size());
      ByteBuffer[] s = new ByteBuffer[sections.length];
      for (int i = 0; i < s.length; i++) {
        s[i] = ch.map(FileChannel.MapMode.READ_ONLY, sections[i][0], sections[i][1]);
      }
      return new GazetteerIndex(file.toString(), s);
    }
  }

  /** Reads a whole index from {@code in} into one heap buffer (for a bundled resource). */
  public static GazetteerIndex read(String origin, InputStream in) throws IOException {
    return wrap(origin, ByteBuffer.wrap(in.readAllBytes()));
  }

  /** The index whose bytes are all of {@code all} (not copied: it must not change). */
  public static GazetteerIndex wrap(String origin, ByteBuffer all) throws IOException {
    long[][] sections = IndexFormat.sections(origin, all.duplicate(), all.capacity());
    ByteBuffer[] s = new ByteBuffer[sections.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = all.slice((int) sections[i][0], (int) sections[i][1]);
    }
    return new GazetteerIndex(origin, s);
  }

  private static String[][] readCodes(ByteBuffer b) {
    String[][] out = new String[4][];
    int at = 0;
    for (int list = 0; list < 4; list++) {
      int n = b.getInt(at);
      at += 4;
      out[list] = new String[n];
      for (int i = 0; i < n; i++) {
        int len = b.getShort(at) & 0xffff;
        byte[] bytes = new byte[len];
        b.get(at + 2, bytes);
        out[list][i] = new String(bytes, StandardCharsets.UTF_8).intern();
        at += 2 + len;
      }
    }
    return out;
  }

  private static Map<String, String> readMeta(ByteBuffer b) {
    byte[] bytes = new byte[b.capacity()];
    b.get(0, bytes);
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return Map.copyOf(out);
  }

  /** Where the index was read from (a path or a resource name). */
  public String origin() {
    return origin;
  }

  /** The metadata lines written with the index (source, created, entries, names). */
  public Map<String, String> meta() {
    return meta;
  }

  public int size() {
    return size;
  }

  private int at(int id) {
    if (id < 0 || id >= size) {
      throw new IndexOutOfBoundsException("entry " + id + " of " + size);
    }
    return id * IndexFormat.ENTRY_BYTES;
  }

  public int kind(int id) {
    return entries.get(at(id));
  }

  public String countryCode(int id) {
    return codes[0][entries.getShort(at(id) + 2)];
  }

  public String featureCode(int id) {
    return codes[3][entries.getShort(at(id) + 4)];
  }

  public String admin1(int id) {
    return codes[1][entries.getInt(at(id) + 8)];
  }

  public String admin2(int id) {
    return codes[2][entries.getInt(at(id) + 12)];
  }

  public long population(int id) {
    return entries.getInt(at(id) + 16);
  }

  public float lat(int id) {
    return entries.getFloat(at(id) + 20);
  }

  public float lon(int id) {
    return entries.getFloat(at(id) + 24);
  }

  public long geonameId(int id) {
    return entries.getInt(at(id) + 28);
  }

  public String name(int id) {
    int off = entries.getInt(at(id) + 32);
    int len = names.getShort(off) & 0xffff;
    byte[] bytes = new byte[len];
    names.get(off + 2, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Entries stored under the normalised {@code key}; empty when none. */
  public int[] ids(CharSequence key) {
    return nameKeys.get(key);
  }

  /** Entries with an alternate name stored under {@code key}; empty when none. */
  public int[] idsByAlternate(CharSequence key) {
    return alternateKeys.get(key);
  }

  /**
   * False when no main or alternate key is the phrase {@code words} (of two or more words) or
   * starts with it and another word, so that no longer phrase need be looked up; true when one
   * may be. Answered on the heap, without probing the tables.
   */
  public boolean mayBeginKey(CharSequence words) {
    return keyBeginnings.mayBegin(words);
  }

  /**
   * {@link #mayBeginKey} of the phrase whose {@link IndexFormat#storableHash} is {@code hash}
   * (hashed by the caller with {@link IndexFormat#hashStep}, word by word).
   */
  public boolean mayBeginKeyHashed(long hash) {
    return keyBeginnings.mayBeginHashed(hash);
  }

  /** Entries stored under the transliteration {@code skeleton}; empty when none. */
  public int[] idsBySkeleton(CharSequence skeleton) {
    return skeletonKeys.get(skeleton);
  }

  /**
   * False when no entry is stored under the transliteration {@code skeleton}, so that
   * {@link #idsBySkeleton} would find none; true when one may be. Answered on the heap.
   */
  public boolean mayHaveSkeleton(CharSequence skeleton) {
    return skeletonKeys.mayContainHashed(IndexFormat.storableHash(skeleton));
  }

  /** {@link #mayHaveSkeleton} of the skeleton whose {@link IndexFormat#storableHash} is {@code hash}. */
  public boolean mayHaveSkeletonHashed(long hash) {
    return skeletonKeys.mayContainHashed(hash);
  }

  /** {@link KeyHeads#mayBegin} for the transliteration skeletons stored: false when none begins as {@code skeleton} does. */
  public boolean mayBeginSkeleton(CharSequence skeleton) {
    return skeletonHeads.mayBegin(skeleton);
  }

  /** The most words of any key starting with the word {@code first}; 0 when none does. */
  public int maxWords(CharSequence first) {
    return firstWords.first(first, 0);
  }

  /**
   * At least {@link #maxWords} of {@code first} (up to 255), answered on the heap: more only in
   * the rare case that another first word shares its hash, so that a caller may use it to bound
   * the phrases it looks up, not as a count.
   */
  public int maxWordsBound(CharSequence first) {
    return wordFacts(first) & 0xff;
  }

  /**
   * {@link #maxWordsBound} of {@code word}, with {@link #MAY_BE_NAME} unless {@link #ids} of the
   * word alone is certainly empty and {@link #MAY_BE_ALTERNATE} unless {@link #idsByAlternate} is:
   * one probe on the heap that spares most single words two probes of the tables.
   */
  public int wordFacts(CharSequence word) {
    return firstWordFacts == null ? Math.min(255, maxWords(word)) | MAY_BE_NAME | MAY_BE_ALTERNATE
        : firstWords.factsOfHash(word, firstWordFacts);
  }

  /** Ids of the entries that are areas (countries, first- and second-level), in id order. */
  public int[] adminIds() {
    return adminIds.clone();
  }
}
