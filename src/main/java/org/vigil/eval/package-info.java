/**
 * Evaluation of the extraction engine against data coded by people: readers for the layouts of
 * the field's reference datasets (sub-packages by format), field-by-field scores with precision,
 * recall, F1, confusion matrices and error lists ({@link org.vigil.eval.Scoreboard}), and the
 * {@link org.vigil.eval.EvalResult} that the {@code vigil eval} command prints and writes as JSON.
 * Gold data is read, never bundled.
 */
@NullMarked
package org.vigil.eval;

import org.jspecify.annotations.NullMarked;
