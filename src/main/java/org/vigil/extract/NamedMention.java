package org.vigil.extract;

import org.jspecify.annotations.Nullable;
import org.vigil.registry.Named;
import org.vigil.text.Span;

/**
 * A registry entry, or a group recognised from context only, found in the text.
 *
 * @param entry the registry entry; null for a group the registry lacks
 * @param name canonical name (the mention itself for an unregistered group)
 */
record NamedMention<T extends Named>(@Nullable T entry, String name, int first, int end, Span span) {}
