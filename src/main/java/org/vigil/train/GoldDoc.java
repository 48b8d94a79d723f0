package org.vigil.train;

import java.util.Optional;
import org.vigil.eval.Scoreboard;
import org.vigil.extract.Extraction;
import org.vigil.extract.RoleLabel;
import org.vigil.extract.RoleTraining;
import org.vigil.report.Report;

/** One gold document as the role trainer sees it: its text, how its candidates are labelled, and how an extraction of it is scored. */
interface GoldDoc {

  /** The corpus it comes from ("muc4", "wikievents", "team"). */
  String corpus();

  Report report();

  /** The role a candidate fills by the gold data, or empty when the gold data does not say. */
  Optional<RoleLabel> label(RoleTraining.Item item);

  /** Adds the extraction's role-filler scores to {@code board}; does nothing for gold that has no role fillers. */
  void score(Scoreboard board, Extraction extraction);

  /** The name of the micro-averaged role field {@link #addMicro} adds, or empty when it scores nothing. */
  Optional<String> micro();

  /** Each gold role filler and whether the rules' candidates name it; empty when the corpus does not say. */
  default java.util.List<CandidateReach.Filler> reach(RoleTraining.Found found) {
    return java.util.List.of();
  }

  /** Adds the micro-average of the role fields {@link #score} adds, once all documents of the corpus are scored. */
  void addMicro(Scoreboard board);
}
