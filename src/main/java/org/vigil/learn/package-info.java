/**
 * Learned scoring on top of the rule engine's candidates: sparse hashed features
 * ({@link org.vigil.learn.Features}, {@link org.vigil.learn.FeatureVector}), an immutable
 * multinomial linear model used at run time ({@link org.vigil.learn.LinearModel}), its trainer
 * ({@link org.vigil.learn.LogisticTrainer}), kept apart from the runtime as in OpenNLP's
 * {@code *ME}/{@code *Model}/trainer split, and the card that ships with each model
 * ({@link org.vigil.learn.ModelCard}). Nothing here knows about incidents: the engine's stages
 * turn candidates into features and read the scores.
 */
@NullMarked
package org.vigil.learn;

import org.jspecify.annotations.NullMarked;
