/**
 * The gazetteer's storage: one binary file of fixed-size entry records, a pool of display
 * names and hash tables from normalised name keys to entry ids, read in place from a
 * memory-mapped file or a byte buffer, so that millions of names never sit on the heap.
 *
 * <p>{@link org.vigil.geo.index.IndexWriter} writes the file in bounded memory (keys are
 * spilled to partition files and each partition is hashed on its own);
 * {@link org.vigil.geo.index.GazetteerIndex} reads it. The layout is described in
 * {@link org.vigil.geo.index.IndexFormat}. This package knows nothing of place names' meaning:
 * callers pass keys already normalised.
 *
 * <p>Most keys a finder asks are absent, and the tables are too large for the cache: the heap
 * keeps each table's key hashes and a small filter of them, the beginnings of the keys of several
 * words ({@code WordPrefixes}) and, per first word, the most words of a key it begins with bits
 * saying whether the word alone may be a name or an alternate
 * ({@link org.vigil.geo.index.GazetteerIndex#wordFacts}), so that a word costs one probe on the
 * heap. A caller hashing phrases word by word passes the hash
 * ({@link org.vigil.geo.index.IndexFormat#hashStep}) instead of a string. These are built at
 * each load, from one pass over each table's keys ({@code KeyScan}), two tables on a second
 * thread ({@code HeapTables}): stored in the index, the slots' hashes alone would add some 9 MB
 * of incompressible bytes to the jar's 20 MB and to what a load inflates.
 */
@NullMarked
package org.vigil.geo.index;

import org.jspecify.annotations.NullMarked;
