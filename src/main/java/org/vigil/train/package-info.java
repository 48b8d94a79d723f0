/**
 * Training the engine's learned scorers from gold data whose terms allow shipping weights
 * (MUC-4 dev, WikiEvents, the team's reports; never the GTD, never Reuters): sources that label
 * the engine's candidate incidents ({@link org.vigil.train.CandidateSource}) and the relevance
 * trainer ({@link org.vigil.train.RelevanceTraining}) behind {@code vigil train relevance}; gold
 * documents that label candidate role fillers ({@link org.vigil.train.GoldDoc}) and the role
 * model's trainer with its cross-validation and threshold search
 * ({@link org.vigil.train.RoleTrainer}) behind {@code vigil train roles}.
 */
@NullMarked
package org.vigil.train;

import org.jspecify.annotations.NullMarked;
