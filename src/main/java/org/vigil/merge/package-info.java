/**
 * One incident record per real-world incident. {@link org.vigil.merge.IncidentMerger#attach} is
 * the entry point for everything that brings an incident in (reports, dataset records,
 * partners' objects): candidates are found by date window, group and place; matching weighs
 * type, date, place, group, casualties and the distinctive words of the site, and rules out what
 * is never one event (a threat and the attack that followed, two kinds of site, two days the
 * reports named, two records of one catalogue, an event dated after the day of a report that
 * names none); look-alikes that score alike are told apart by the words they share with the new
 * one ({@link org.vigil.merge.WordTies}). Merges are explained with scores and in words
 * ({@link org.vigil.merge.MergeWords}), can be undone (split) or made by an analyst (merge), and
 * the merged record follows stated rules (casualties: the most recent report's figure, else the
 * majority, else the lowest, with later increases added; {@link org.vigil.merge.TollHistory}).
 * A source joins only an incident whose every source its readers read; an incident whose
 * sources differ in owner or marking is also merged for each organisation from the sources it
 * reads. Analysts' reviews go through {@link org.vigil.merge.Reviewing}: applied by the
 * incident's owner, proposals from anyone else.
 */
@NullMarked
package org.vigil.merge;

import org.jspecify.annotations.NullMarked;
