package org.vigil.extract;

/**
 * A named thing found in the report.
 *
 * @param type group, agency, place, site or person
 * @param name canonical name (the registry's, the gazetteer's) or the mention itself
 */
public record Entity(String type, String name, String mention, int start, int end) {}
