package org.vigil.eval.followup;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * How well stored incidents follow the events of a corpus.
 *
 * @param mentions the events the reports tell of, report by report
 * @param aligned mentions found among the stored incidents' sources (the others the engine did
 *     not extract, a matter of extraction rather than merging)
 * @param pairsRight pairs of found mentions of one event stored as one incident
 * @param pairsWrong pairs of found mentions of different events stored as one incident
 * @param pairsMissed pairs of found mentions of one event not stored as one incident
 * @param pairsNotFound pairs of mentions of one event of which one or both were not found
 * @param tollsRight events with a toll whose incident gives the final one (value and qualifier)
 * @param tolls events with a toll
 * @param errors what went wrong, one line each
 */
public record MergeScore(int reports, int events, int mentions, int aligned, long pairsRight, long pairsWrong,
    long pairsMissed, long pairsNotFound, int tollsRight, int tolls, List<String> errors) {

  public MergeScore {
    errors = List.copyOf(errors);
  }

  /** Pairwise precision of "same incident", 0 to 1 (1 when no pair was merged). */
  public double precision() {
    return pairsRight + pairsWrong == 0 ? 1 : (double) pairsRight / (pairsRight + pairsWrong);
  }

  /** Pairwise recall of "same incident" over the mentions found, 0 to 1 (1 when no two share an event). */
  public double recall() {
    return pairsRight + pairsMissed == 0 ? 1 : (double) pairsRight / (pairsRight + pairsMissed);
  }

  /** Pairwise recall counting the pairs of mentions the engine did not extract as missed. */
  public double recallEndToEnd() {
    long all = pairsRight + pairsMissed + pairsNotFound;
    return all == 0 ? 1 : (double) pairsRight / all;
  }

  /** The share of events with a toll whose incident gives the latest one, 0 to 1. */
  public double latestToll() {
    return tolls == 0 ? 1 : (double) tollsRight / tolls;
  }

  /** Prints the figures and the errors. */
  public void print(PrintWriter out) {
    out.printf(Locale.ROOT, "reports %d, events %d, mentions %d: %d found among the stored incidents' sources, %d not "
        + "extracted%n", reports, events, mentions, aligned, mentions - aligned);
    out.printf(Locale.ROOT, "same incident, pairwise over the mentions found: precision %.1f%% (%d of %d), "
        + "recall %.1f%% (%d of %d)%n", 100 * precision(), pairsRight, pairsRight + pairsWrong, 100 * recall(),
        pairsRight, pairsRight + pairsMissed);
    out.printf(Locale.ROOT, "  with the mentions not extracted counted as missed: recall %.1f%% (%d of %d)%n",
        100 * recallEndToEnd(), pairsRight, pairsRight + pairsMissed + pairsNotFound);
    out.printf(Locale.ROOT, "latest toll: %.1f%% (%d of %d events)%n", 100 * latestToll(), tollsRight, tolls);
    errors.forEach(e -> out.println("  " + e));
    out.flush();
  }
}
