package org.vigil.geo.index;

import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;

/**
 * A read-only hash table from ASCII keys to int lists, read in place from one section of an
 * index file. Layout: int group bits, int[groups + 1] first slot of each group, int[] slots
 * (0 for empty, else 1 + the offset of a key record in the key area), then the key area of
 * records (unsigned byte length, key bytes, int count, count ints). A key's group is the top
 * group bits of its {@linkplain IndexFormat#hash hash}; within the group (of any size, filled
 * to half) it is probed linearly from {@link #home}. Immutable and thread-safe (absolute reads only).
 */
final class KeyTable {

  static final int[] NONE = new int[0];

  /**
   * Most slots whose hashes are kept on the heap (4 bytes each, and a filter of about 1.5 bytes a
   * key): the bundled gazetteer has about 2.5 million in its four tables; a larger table keeps
   * only the mapped slots, within the heap budget.
   */
  static final int MAX_HEAP_SLOTS = 1 << 23;

  private final ByteBuffer buf;
  private final int groupBits;
  private final int slotsBase;
  private final int keysBase;
  /** Per slot, the hash of its key (0 for an empty slot, 1 for a key hashing to 0), on the heap. */
  private final int @Nullable [] fingerprints;
  /**
   * A blocked Bloom filter of the keys' hashes (two bits in one word per key, 8 to 16 bits per
   * key): a megabyte or two that stays in the cache, where the slots do not, answers most
   * look-ups of absent keys.
   */
  private final long @Nullable [] filter;
  private final int filterShift;

  KeyTable(ByteBuffer section) {
    this(section, MAX_HEAP_SLOTS);
  }

  /** A table that keeps its slots' hashes on the heap when it has at most {@code maxHeapSlots}. */
  KeyTable(ByteBuffer section, int maxHeapSlots) {
    this(section, maxHeapSlots, null, null);
  }

  /**
   * A table that keeps its slots' hashes on the heap when it has at most {@code maxHeapSlots},
   * and then gives the hashes of its keys' beginnings to {@code wordPrefixes} and {@code heads}
   * (each when not null; see {@link KeyScan#hash}) from the same pass over its keys.
   */
  KeyTable(ByteBuffer section, int maxHeapSlots, KeyScan.@Nullable Hashes wordPrefixes,
      KeyScan.@Nullable Hashes heads) {
    this.buf = section;
    this.groupBits = section.getInt(0);
    if (groupBits < 0 || groupBits > 16) {
      throw new IllegalArgumentException("key table has " + groupBits + " group bits, expected 0 to 16");
    }
    int groups = 1 << groupBits;
    this.slotsBase = 4 + 4 * (groups + 1);
    int slots = section.getInt(4 + 4 * groups);
    this.keysBase = slotsBase + 4 * slots;
    if (slots > maxHeapSlots) { // a whole-world dump: probe the mapped slots, as they are
      this.fingerprints = null;
      this.filter = null;
      this.filterShift = 0;
      return;
    }
    this.fingerprints = new int[slots];
    int keys = 0;
    for (int i = 0; i < slots; i++) {
      int slot = section.getInt(slotsBase + 4 * i);
      if (slot != 0) {
        fingerprints[i] = fingerprint(KeyScan.hash(section, keysBase + slot - 1, wordPrefixes, heads));
        keys++;
      }
    }
    int wordBits = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, keys / 8)));
    this.filter = new long[1 << wordBits];
    this.filterShift = 32 - wordBits;
    for (int fp : fingerprints) {
      if (fp != 0) {
        filter[filterWord(fp, filterShift)] |= filterBits(fp);
      }
    }
  }

  /** The word of a blocked Bloom filter of {@code 2^(32 - shift)} words that holds hash {@code h}. */
  static int filterWord(int h, int shift) {
    return shift == 32 ? 0 : (h * 0x9E3779B1) >>> shift;
  }

  /** The two bits that hash {@code h} sets in its word of a blocked Bloom filter. */
  static long filterBits(int h) {
    return 1L << (h & 63) | 1L << ((h >>> 6) & 63);
  }

  /** Probing compares these in-heap hashes first: most keys looked up are absent, and the key area is cold. */
  private static int fingerprint(int h) {
    return h == 0 ? 1 : h;
  }

  /** Whether the slots' hashes (and the filter) are on the heap: false for a table too large for it. */
  boolean onHeap() {
    return fingerprints != null;
  }

  /** A reader of the key record at an offset of a table's buffer: unsigned byte length, key bytes. */
  interface KeyRecords {
    void accept(ByteBuffer buf, int record);
  }

  /** Gives {@code sink} the offset of each key's record in the table's buffer, in slot order. */
  void forEachKey(KeyRecords sink) {
    int slots = keysBase - slotsBase >> 2;
    for (int i = 0; i < slots; i++) {
      int slot = buf.getInt(slotsBase + 4 * i);
      if (slot != 0) {
        sink.accept(buf, keysBase + slot - 1);
      }
    }
  }

  /** The values stored under {@code key}; an empty array when none (or the key is not ASCII). */
  int[] get(CharSequence key) {
    int at = find(key);
    if (at < 0) {
      return NONE;
    }
    int n = buf.getInt(at);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = buf.getInt(at + 4 + 4 * i);
    }
    return out;
  }

  /**
   * False when the key whose {@link IndexFormat#storableHash} is {@code storable} is certainly
   * not stored; true when it may be. Answered on the heap by the filter, without reading the key
   * area (true for a table too large for the heap).
   */
  boolean mayContainHashed(long storable) {
    if (storable < 0) {
      return false;
    }
    return fingerprints == null || inFilter(fingerprint((int) storable));
  }

  /** Whether the filter holds the key fingerprint {@code fp} (only when the table is on the heap). */
  private boolean inFilter(int fp) {
    long bits = filterBits(fp);
    return (filter[filterWord(fp, filterShift)] & bits) == bits;
  }

  /** The first value stored under {@code key}, or {@code absent}. */
  int first(CharSequence key, int absent) {
    int at = find(key);
    return at < 0 || buf.getInt(at) == 0 ? absent : buf.getInt(at + 4);
  }

  /**
   * Per slot, its first value capped at 255 (0 for an empty slot or none), with bit 8 + t set
   * unless {@code others[t]}'s filter turns the slot's key away: for {@link #factsOfHash}, read
   * once onto the heap (only for a table {@linkplain #onHeap on the heap}). Asks the filters
   * with the hashes kept, never the keys, so that it costs the start-up little.
   */
  short[] slotFacts(KeyTable... others) {
    short[] out = new short[fingerprints.length];
    for (int i = 0; i < out.length; i++) {
      int slot = buf.getInt(slotsBase + 4 * i);
      if (slot == 0) {
        continue;
      }
      int at = keysBase + slot - 1;
      int len = buf.get(at) & 0xff;
      int facts = buf.getInt(at + 1 + len) == 0 ? 0 : Math.min(255, buf.getInt(at + 5 + len));
      for (int t = 0; t < others.length; t++) { // a fingerprint of 1 may stand for a hash of 0
        facts |= fingerprints[i] == 1 || others[t].mayContainHashed(fingerprints[i] & 0xffffffffL) ? 1 << 8 + t : 0;
      }
      out[i] = (short) facts;
    }
    return out;
  }

  /**
   * Of {@code bySlot}'s values ({@link #slotFacts}) at the slots whose key has the hash of
   * {@code key}: the largest low byte, with every bit above it that any of them has; 0 when none.
   * The key's own facts, or more when another key shares its hash. Reads neither the mapped slots
   * nor the key area, where most probes miss the cache; only for a table {@linkplain #onHeap on the heap}.
   */
  int factsOfHash(CharSequence key, short[] bySlot) {
    long storable = IndexFormat.storableHash(key);
    if (storable < 0 || fingerprints == null) {
      return 0;
    }
    int h = (int) storable;
    int fp = fingerprint(h);
    if (!inFilter(fp)) {
      return 0;
    }
    int group = groupBits == 0 ? 0 : h >>> (32 - groupBits);
    int start = buf.getInt(4 + 4 * group);
    int size = buf.getInt(4 + 4 * (group + 1)) - start;
    int largest = 0;
    int bits = 0;
    for (int probe = 0, i = size == 0 ? 0 : home(h, size); probe < size; probe++, i = i + 1 == size ? 0 : i + 1) {
      int stored = fingerprints[start + i];
      if (stored == 0) {
        break;
      }
      if (stored == fp) {
        largest = Math.max(largest, bySlot[start + i] & 0xff);
        bits |= bySlot[start + i] & 0xff00;
      }
    }
    return largest | bits;
  }

  /** Offset of the count that follows the key's record, or -1. */
  private int find(CharSequence key) {
    long storable = IndexFormat.storableHash(key);
    int h = (int) storable;
    int fp = fingerprint(h);
    if (storable < 0 || fingerprints != null && !inFilter(fp)) {
      return -1;
    }
    int group = groupBits == 0 ? 0 : h >>> (32 - groupBits);
    int start = buf.getInt(4 + 4 * group);
    int size = buf.getInt(4 + 4 * (group + 1)) - start;
    for (int probe = 0, i = size == 0 ? 0 : home(h, size); probe < size; probe++, i = i + 1 == size ? 0 : i + 1) {
      int stored = fingerprints == null ? 1 : fingerprints[start + i]; // a large table: the mapped slots, as they are
      if (stored == 0) {
        return -1;
      } else if (stored != fp && fingerprints != null) {
        continue;
      }
      int slot = buf.getInt(slotsBase + 4 * (start + i));
      if (slot == 0) {
        return -1;
      }
      if (matches(keysBase + slot - 1, key)) {
        return keysBase + slot + key.length();
      }
    }
    return -1;
  }

  /** The first slot probed for a key of hash {@code h} in a group of {@code size} slots. */
  static int home(int h, int size) {
    return (int) ((h & 0xffffffffL) % size);
  }

  private boolean matches(int rec, CharSequence key) {
    int len = buf.get(rec) & 0xff;
    if (len != key.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (buf.get(rec + 1 + i) != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
