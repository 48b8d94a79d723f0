/**
 * The MUC-3/MUC-4 terrorism corpus in its original layout: message files ({@code dev-muc3-*},
 * {@code tst*-muc*}) read by {@link org.vigil.eval.muc4.MessageReader}, answer-key templates
 * ({@code key-*}) read by {@link org.vigil.eval.muc4.KeyReader}, and the scores of
 * {@link org.vigil.eval.muc4.Muc4Evaluator}: relevance, incident type and stage, and the
 * document-level role fillers of the recent literature.
 */
@NullMarked
package org.vigil.eval.muc4;

import org.jspecify.annotations.NullMarked;
