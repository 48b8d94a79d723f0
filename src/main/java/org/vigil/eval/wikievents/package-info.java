/**
 * WikiEvents (Li, Ji and Han, NAACL 2021) as gold: articles with KAIROS events and arguments read
 * by {@link org.vigil.eval.wikievents.WikiReader}, the roles scored at document level
 * ({@link org.vigil.eval.wikievents.WikiRole}) with coreference clusters as entities and head-word
 * matching ({@link org.vigil.eval.wikievents.HeadWords}), and the scores of
 * {@link org.vigil.eval.wikievents.WikiEventsEvaluator}.
 */
@NullMarked
package org.vigil.eval.wikievents;

import org.jspecify.annotations.NullMarked;
