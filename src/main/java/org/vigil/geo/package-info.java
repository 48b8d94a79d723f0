/**
 * Places: the gazetteer, and the geocoder that resolves place names in a report to coordinates with a precision and a spatial relation.
 */
@NullMarked
package org.vigil.geo;

import org.jspecify.annotations.NullMarked;
