/**
 * The scoreboard of {@code vigil eval all}: the gold sets the project measures on ({@link
 * org.vigil.eval.scorecard.GoldSets}), each with the measures and targets the issues set, run
 * through the evaluators of {@link org.vigil.eval.Formats} ({@link
 * org.vigil.eval.scorecard.Scorecard}) and printed as one table ({@link
 * org.vigil.eval.scorecard.ScorecardPrinter}). A set whose data or evaluator is missing is a row
 * that says so, never a failure.
 */
@NullMarked
package org.vigil.eval.scorecard;

import org.jspecify.annotations.NullMarked;
