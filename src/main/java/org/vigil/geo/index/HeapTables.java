package org.vigil.geo.index;

import org.jspecify.annotations.Nullable;

/**
 * An index's four key tables with the filters built over them on the heap. Reading them is most
 * of a bundled index's load (each key is hashed once), so the skeleton and first-word tables (and
 * the skeletons' heads) are read on a second thread while the calling one reads the main and
 * alternate names.
 *
 * @param firstWordFacts the {@link GazetteerIndex#wordFacts} of each slot of {@code firstWords}; null for a table too large for the heap
 */
record HeapTables(KeyTable nameKeys, KeyTable skeletonKeys, KeyTable firstWords, KeyTable alternateKeys,
    short @Nullable [] firstWordFacts, WordPrefixes keyBeginnings, KeyHeads skeletonHeads) {

  /** The tables of the sections {@code s} of an index (see {@link IndexFormat}). */
  static HeapTables read(java.nio.ByteBuffer[] s) {
    KeyScan.Hashes heads = new KeyScan.Hashes();
    KeyTable[] other = new KeyTable[2];
    KeyHeads[] skeletonHeads = new KeyHeads[1];
    Throwable[] failed = new Throwable[1];
    Thread second = new Thread(() -> {
      try {
        other[0] = new KeyTable(s[IndexFormat.SKELETON_KEYS], KeyTable.MAX_HEAP_SLOTS, null, heads);
        skeletonHeads[0] = other[0].onHeap() ? KeyHeads.of(heads) : KeyHeads.unknown();
        other[1] = new KeyTable(s[IndexFormat.FIRST_WORDS]);
      } catch (RuntimeException | Error e) {
        failed[0] = e; // rethrown on the calling thread, as if it had read these tables itself
      }
    }, "gazetteer-index");
    second.setDaemon(true);
    second.start();
    KeyScan.Hashes prefixes = new KeyScan.Hashes(); // the beginnings' hashes, from the tables' one pass over their keys
    KeyTable names = new KeyTable(s[IndexFormat.NAME_KEYS], KeyTable.MAX_HEAP_SLOTS, prefixes, null);
    KeyTable alternates = new KeyTable(s[IndexFormat.ALTERNATE_KEYS], KeyTable.MAX_HEAP_SLOTS, prefixes, null);
    WordPrefixes beginnings = names.onHeap() && alternates.onHeap() ? WordPrefixes.of(prefixes) : WordPrefixes.unknown();
    boolean interrupted = false;
    while (true) {
      try {
        second.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the tables are needed whole: finish, and keep the interrupt for the caller
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failed[0] instanceof RuntimeException e) {
      throw e;
    } else if (failed[0] instanceof Error e) {
      throw e;
    }
    KeyTable skeletons = other[0];
    KeyTable first = other[1];
    return new HeapTables(names, skeletons, first, alternates,
        first.onHeap() ? first.slotFacts(names, alternates) : null, beginnings, skeletonHeads[0]);
  }
}
