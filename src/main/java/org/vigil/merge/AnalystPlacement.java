package org.vigil.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which sources an analyst placed: split off into an incident of their own, or moved by a merge
 * of two incidents. Their place is the analyst's decision, which re-extraction keeps: the source
 * goes back to the incident it was in instead of being matched again. Read from and written to a
 * source's merge explanation. Stateless.
 */
public final class AnalystPlacement {

  /** The explanation field that records an analyst's merge, with its reason. */
  static final String MERGED = "analystMerge";

  private AnalystPlacement() {}

  /** Whether the source whose explanation is {@code explanationJson} is where an analyst put it. */
  public static boolean placedByAnalyst(String explanationJson) {
    ObjectNode why = RecordMerger.parse(explanationJson);
    return why.hasNonNull("splitFrom") || why.hasNonNull(MERGED);
  }

  /** The explanation of a source moved by an analyst's merge: the match it had, and the merge's reason. */
  static String merged(String explanationJson, String reason) {
    ObjectNode why = RecordMerger.parse(explanationJson);
    why.put(MERGED, reason);
    return why.toString();
  }
}
