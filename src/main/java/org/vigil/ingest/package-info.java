/**
 * Ingest: walks files and directories (with {@code .gz} versions), reads reports, drops exact
 * duplicates by a hash of their normalised content, links near-duplicates by SimHash over
 * word shingles, extracts incidents and merges them into the store in one transaction per
 * batch, showing progress and a summary. Every report is stored with its owner and marking
 * (what the instance takes in itself: {@link org.vigil.ingest.IntakeSettings}), and is a
 * duplicate only of a report with the same label. A bad item is skipped with its reason and
 * counted; it never aborts the batch.
 */
@NullMarked
package org.vigil.ingest;

import org.jspecify.annotations.NullMarked;
