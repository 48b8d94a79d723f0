package org.vigil.extract;

import org.jspecify.annotations.Nullable;

/** People harmed, as described ("12 worshippers"). */
public record Victim(String text, @Nullable Integer count) {}
