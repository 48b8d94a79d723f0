/**
 * One incident record per real-world incident: new extracted incidents are matched against
 * stored ones (compatible type, date window by precision, place distance by precision,
 * perpetrator group, casualty figures), merges are explained with scores and can be undone,
 * and the merged record follows stated rules (casualties: the most recent report's figure,
 * else the majority, else the lowest).
 */
@NullMarked
package org.vigil.merge;

import org.jspecify.annotations.NullMarked;
