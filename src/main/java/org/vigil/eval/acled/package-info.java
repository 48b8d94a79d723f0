/**
 * ACLED's CSV export as gold: {@link org.vigil.eval.acled.AcledRecord} rows, Vigil's types and
 * parties in ACLED's terms ({@link org.vigil.eval.acled.AcledTypes},
 * {@link org.vigil.eval.acled.AcledActors}) and the scores of
 * {@link org.vigil.eval.acled.AcledEvaluator}.
 */
@NullMarked
package org.vigil.eval.acled;

import org.jspecify.annotations.NullMarked;
