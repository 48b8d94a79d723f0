/**
 * One incident record per real-world incident: new extracted incidents are matched against
 * stored ones (compatible type, date window by precision, place distance by precision,
 * perpetrator group, casualty figures), merges are explained with scores and can be undone,
 * and the merged record follows stated rules (casualties: the most recent report's figure,
 * else the majority, else the lowest). A source joins only an incident whose every source its
 * readers read; an incident whose sources differ in owner or marking is also merged for each
 * organisation from the sources it reads. Analysts' reviews go through
 * {@link org.vigil.merge.Reviewing}: applied by the incident's owner, proposals from anyone else.
 */
@NullMarked
package org.vigil.merge;

import org.jspecify.annotations.NullMarked;
