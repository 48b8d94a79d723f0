/**
 * Reading the knowledge base: incidents as the {@code vigil extract} JSON plus {@code id},
 * {@code sources} and {@code reviewed}, and the filters of {@code vigil incidents}.
 */
@NullMarked
package org.vigil.query;

import org.jspecify.annotations.NullMarked;
