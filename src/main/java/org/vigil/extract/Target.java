package org.vigil.extract;

/** What was attacked, with its type and the words. */
public record Target(TargetType type, String text) {}
