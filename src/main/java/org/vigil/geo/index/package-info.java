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
 */
@NullMarked
package org.vigil.geo.index;

import org.jspecify.annotations.NullMarked;
