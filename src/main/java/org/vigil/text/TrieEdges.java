package org.vigil.text;

/**
 * The edges of a {@link PhraseTrie}: one open-addressing table from (node, word) to child node
 * for the whole trie. A miss, the usual case (most words start no phrase), reads one slot of
 * packed keys and no string, and a filter of the root's words small enough to stay in cache
 * answers most misses at the root without that read: the trie is walked from every token of
 * every report, and a map per node cost a cache miss or three per step. The root's edges, which
 * every token tries, have a table of their own ({@link RootEdges}), a few times smaller than
 * that of all edges, so that it stays in cache. Not thread-safe while words are added; safe to
 * read from many threads once built.
 */
final class TrieEdges {

  /** Bits of the root filter per word leaving the root, at least. */
  private static final int FILTER_BITS_PER_WORD = 8;

  /** (parent + 1) << 32 | word hash; 0 for an empty slot. The root's edges are in the root table. */
  private long[] keys = new long[64];
  private int[] children = new int[64];
  private String[] words = new String[64];
  private int size;
  private long[] rootFilter = new long[16];
  private final RootEdges root = new RootEdges();

  /** The child of {@code node} by {@code word}, or -1. */
  int child(int node, String word) {
    int h = word.hashCode();
    if (node == 0) {
      return rootMay(h) ? root.child(word, h) : -1;
    }
    long key = pack(node, h);
    int mask = keys.length - 1;
    for (int i = slot(key, mask);; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == 0) {
        return -1;
      }
      if (k == key && (words[i] == word || words[i].equals(word))) {
        return children[i];
      }
    }
  }

  /** Records the edge from {@code node} by {@code word} to {@code child}, which must be new. */
  void put(int node, String word, int child) {
    if (node == 0) {
      root.put(word, child);
      if (root.size() * FILTER_BITS_PER_WORD > rootFilter.length * 64L) {
        rootFilter = new long[rootFilter.length * 2];
        root.forEachHash(this::markRoot);
      } else {
        markRoot(word.hashCode());
      }
      return;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    insert(pack(node, word.hashCode()), word, child);
    size++;
  }

  private void insert(long key, String word, int child) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (keys[i] != 0) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    words[i] = word;
    children[i] = child;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldChildren = children;
    String[] oldWords = words;
    keys = new long[oldKeys.length * 2];
    children = new int[oldKeys.length * 2];
    words = new String[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        insert(oldKeys[i], oldWords[i], oldChildren[i]);
      }
    }
  }

  private void markRoot(int hash) {
    int bit = filterBit(hash);
    rootFilter[bit >>> 6] |= 1L << bit;
  }

  private boolean rootMay(int hash) {
    int bit = filterBit(hash);
    return (rootFilter[bit >>> 6] & 1L << bit) != 0;
  }

  private int filterBit(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(rootFilter.length * 64));
  }

  private static long pack(int node, int hash) {
    return (long) (node + 1) << 32 | (hash & 0xFFFFFFFFL);
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32) & mask;
  }
}
