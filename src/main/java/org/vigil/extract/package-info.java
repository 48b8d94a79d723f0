/**
 * The extraction engine: from a report's text to incidents, entities and relations, every value with the span of the words it came from.
 */
@NullMarked
package org.vigil.extract;

import org.jspecify.annotations.NullMarked;
