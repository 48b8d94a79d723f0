package org.vigil.extract;

/**
 * A relation stated in the report: intelligence_sharing, operates_in, alias_of or member_of.
 */
public record Relation(String type, String source, String target, Evidence evidence) {}
