package org.vigil.store;

/**
 * Counts of the knowledge base.
 *
 * @param reports distinct reports stored
 * @param incidents incident records
 * @param groups groups named as perpetrators of at least one incident
 * @param sources links between incidents and their sources (reports and dataset records)
 * @param duplicates exact copies seen again from another place plus near-duplicate reports
 * @param background incidents among {@code incidents} known only from reports recalling them (not news)
 */
public record Stats(long reports, long incidents, long groups, long sources, long duplicates, long background) {}
