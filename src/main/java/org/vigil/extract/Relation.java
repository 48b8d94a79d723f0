package org.vigil.extract;

/**
 * A relation stated in the report: intelligence_sharing, operates_in, alias_of or member_of
 * between actors and places; response_to or prevented between two of the report's incidents
 * (an arrest or raid and the attack it answered or the plot it stopped), whose source and
 * target are then {@code "incident:N"}, N the position in the report's incidents.
 */
public record Relation(String type, String source, String target, Evidence evidence) {}
