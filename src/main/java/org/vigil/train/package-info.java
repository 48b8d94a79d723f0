/**
 * Training the engine's learned scorers from gold data whose terms allow shipping weights
 * (MUC-4, WikiEvents, the team's reports; never the GTD, never Reuters): sources that label the
 * engine's candidates ({@link org.vigil.train.CandidateSource}) and the relevance trainer
 * ({@link org.vigil.train.RelevanceTraining}) behind {@code vigil train relevance}.
 */
@NullMarked
package org.vigil.train;

import org.jspecify.annotations.NullMarked;
