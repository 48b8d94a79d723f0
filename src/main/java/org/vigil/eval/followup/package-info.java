/**
 * Measures the knowledge base's merging of follow-up reports: a corpus of reports with the
 * events each tells of is ingested into a fresh store in publication order, and the stored
 * incidents are scored by pairwise precision and recall of "same incident" and by the share of
 * events whose final toll is the latest reported; and the join of the GTD's summaries with the
 * same incidents imported from its CSV.
 */
@NullMarked
package org.vigil.eval.followup;

import org.jspecify.annotations.NullMarked;
