/**
 * Training of the engine's learned scorers from gold data whose terms allow shipping weights
 * (MUC-4 dev, WikiEvents dev, the team's reports; never the GTD): the gold documents as
 * labelled candidates ({@link org.vigil.train.GoldDoc}), and the role model's trainer with its
 * cross-validation and threshold search ({@link org.vigil.train.RoleTrainer}).
 */
@NullMarked
package org.vigil.train;

import org.jspecify.annotations.NullMarked;
