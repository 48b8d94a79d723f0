/**
 * Precision on ordinary wire news: the team's labels of Reuters-21578 stories ({@link
 * org.vigil.eval.reuters.StoryLabels}, ids and reason codes only, never text) and {@link
 * org.vigil.eval.reuters.ReutersEvaluator}, which scores the stories the engine gives an incident
 * of their own against them and lists the flagged stories nobody has labelled yet.
 */
@NullMarked
package org.vigil.eval.reuters;

import org.jspecify.annotations.NullMarked;
