package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/**
 * Who carried out (or, for an arrest, who was arrested).
 *
 * @param group canonical name from the registry; null for unidentified people ("gunmen")
 * @param mention the words as written
 * @param individuals the description of the people ("two members", "gunmen"), if given
 * @param count how many, when stated
 */
public record Perpetrator(@Nullable String group, String mention, @Nullable String individuals,
    @Nullable Integer count) {}
