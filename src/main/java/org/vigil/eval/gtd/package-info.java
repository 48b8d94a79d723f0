/**
 * The Global Terrorism Database's CSV export as gold: {@link org.vigil.eval.gtd.GtdRecord} rows,
 * the mapping of Vigil's types to the GTD's ({@link org.vigil.eval.gtd.GtdTypes}), group
 * matching with generic labels ({@link org.vigil.eval.gtd.GtdGroups}) and the scores of
 * {@link org.vigil.eval.gtd.GtdEvaluator}.
 */
@NullMarked
package org.vigil.eval.gtd;

import org.jspecify.annotations.NullMarked;
