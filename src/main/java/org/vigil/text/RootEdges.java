package org.vigil.text;

import java.util.function.IntConsumer;

/**
 * The edges leaving the root of a {@link PhraseTrie}: an open-addressing table from a word to
 * its child node, apart from the trie's other edges (see {@link TrieEdges}). Every token of
 * every report starts a walk here, so the table is kept as small as the root's words allow: a
 * hash, a word and a child per slot, at most half of them used. Not thread-safe while words are
 * added; safe to read from many threads once built.
 */
final class RootEdges {

  private int[] hashes = new int[16];
  private String[] words = new String[16];
  private int[] children = new int[16];
  private int size;

  /** The child by {@code word}, whose hash is {@code hash}, or -1. */
  int child(String word, int hash) {
    int mask = words.length - 1;
    for (int i = slot(hash, mask);; i = (i + 1) & mask) {
      String w = words[i];
      if (w == null) {
        return -1;
      }
      if (hashes[i] == hash && (w == word || w.equals(word))) {
        return children[i];
      }
    }
  }

  /** Records the edge by {@code word} to {@code child}; the word must be new. */
  void put(String word, int child) {
    if ((size + 1) * 2 > words.length) {
      int[] oldHashes = hashes;
      String[] oldWords = words;
      int[] oldChildren = children;
      hashes = new int[oldWords.length * 2];
      words = new String[oldWords.length * 2];
      children = new int[oldWords.length * 2];
      for (int i = 0; i < oldWords.length; i++) {
        if (oldWords[i] != null) {
          insert(oldHashes[i], oldWords[i], oldChildren[i]);
        }
      }
    }
    insert(word.hashCode(), word, child);
    size++;
  }

  /** How many edges leave the root. */
  int size() {
    return size;
  }

  /** Gives the hash of every word leaving the root to {@code action}. */
  void forEachHash(IntConsumer action) {
    for (int i = 0; i < words.length; i++) {
      if (words[i] != null) {
        action.accept(hashes[i]);
      }
    }
  }

  private void insert(int hash, String word, int child) {
    int mask = words.length - 1;
    int i = slot(hash, mask);
    while (words[i] != null) {
      i = (i + 1) & mask;
    }
    hashes[i] = hash;
    words[i] = word;
    children[i] = child;
  }

  /** The top bits of a mix other than the root filter's, so that the words it lets through spread. */
  private static int slot(int hash, int mask) {
    return (hash ^ hash >>> 16) * 0x85EBCA6B >>> Integer.numberOfLeadingZeros(mask);
  }
}
